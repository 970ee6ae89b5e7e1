// `join_all(..)` is compiled where it is awaited; kept for later, it is
// not supported yet.
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let all = futures::future::join_all((1..3).map(|i| async move { i }));
    println!("{:?}", all.await);
}

// Past 30 futures (by the iterator's size_hint), futures-util's join_all
// runs them in a FuturesOrdered, which polls in another order: not
// modelled, so the run stops there; a join_all not awaited at its call
// is not supported either.
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let few = futures::future::join_all((0..40).filter(|i| i % 10 == 0).map(|i| async move { i })).await;
    println!("{few:?}");
}

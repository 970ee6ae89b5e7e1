// A `ThreadId` once Tokio's blocking pool has started a thread: the pool's
// threads take ids the engine does not model, so asking for one stops as
// "not supported yet" instead of printing a made-up number.
#[tokio::main(flavor = "current_thread")]
async fn main() {
    tokio::task::spawn_blocking(|| 1).await.unwrap();
    let id = std::thread::current().id();
    println!("{id:?}");
}

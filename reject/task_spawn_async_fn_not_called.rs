//! Spawning an async fn without calling it
//!
//! `tokio::spawn(worker)` passes the function itself; the future is what `worker()` returns.
//! rustc reports E0277, "`fn() -> impl Future<Output = ()> {worker}` is not a future" (and
//! suggests calling it).

use tokio::time::{sleep, Duration};

async fn worker() {
    sleep(Duration::from_millis(5)).await;
    println!("worker done");
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let handle = tokio::spawn(worker);
    handle.await.unwrap();
}

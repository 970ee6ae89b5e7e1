//! Aborting a task and reading `JoinError`
//!
//! `abort` takes `&self`, so the handle is still awaited afterwards; the error says the task was cancelled.

use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let h = tokio::spawn(async {
        sleep(Duration::from_secs(10)).await;
        1
    });
    let quick = tokio::spawn(async { 2 });
    sleep(Duration::from_millis(1)).await;
    h.abort();
    println!("{}", quick.is_finished());
    match h.await {
        Ok(v) => println!("value {v}"),
        Err(e) => println!("cancelled: {}", e.is_cancelled()),
    }
    println!("{}", quick.await.unwrap());
}

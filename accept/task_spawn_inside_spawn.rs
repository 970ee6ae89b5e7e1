//! A task that spawns a task and awaits its handle
//!
//! The inner `JoinHandle` is awaited inside the outer task; both futures own everything they use.

use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let word = String::from("nested");
    let outer = tokio::spawn(async move {
        let inner = tokio::spawn(async move {
            sleep(Duration::from_millis(1)).await;
            word.len()
        });
        inner.await.unwrap() * 2
    });
    println!("{}", outer.await.unwrap());
}

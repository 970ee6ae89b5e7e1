//! Calling `sleep` without importing it
//!
//! `Duration` is imported, `sleep` is not: it lives at `tokio::time::sleep`. rustc reports E0425,
//! "cannot find function `sleep` in this scope".

use tokio::time::Duration;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let task = tokio::spawn(async {
        sleep(Duration::from_millis(10)).await;
        println!("woke up");
    });
    task.await.unwrap();
}

//! tokio-util's CancellationToken and TaskTracker move into spawned tasks
//!
//! A child token per task, spawned through a `TaskTracker`: tokio-util's types are `Send` and `'static`.

use std::time::Duration;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let token = CancellationToken::new();
    let tracker = TaskTracker::new();
    for i in 0..2 {
        let token = token.child_token();
        tracker.spawn(async move {
            tokio::select! {
                _ = token.cancelled() => println!("task {i} cancelled"),
                _ = tokio::time::sleep(Duration::from_secs(60)) => println!("task {i} timed out"),
            }
        });
    }
    tracker.close();
    token.cancel();
    tracker.wait().await;
    println!("done: {}", tracker.is_empty());
}

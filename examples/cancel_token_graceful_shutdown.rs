//! CancellationToken for graceful shutdown
//!
//! Three workers loop, each `select!`ing between `token.cancelled()` and a
//! unit of work (a sleep). After a while main cancels the token, closes the
//! TaskTracker that spawned the workers and waits for them: each worker sees
//! the cancellation at its next `select!`, cleans up and exits, and
//! `tracker.wait()` returns once the last one is gone.

use std::time::Duration;
use tokio::time::sleep;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

async fn worker(id: u64, every_ms: u64, token: CancellationToken) {
    let mut done = 0;
    loop {
        tokio::select! {
            biased;
            _ = token.cancelled() => {
                println!("worker {id}: shutting down after {done} jobs");
                break;
            }
            _ = sleep(Duration::from_millis(every_ms)) => {
                done += 1;
                println!("worker {id}: job {done} done");
            }
        }
    }
    sleep(Duration::from_millis(id * 3)).await;
    println!("worker {id}: cleaned up");
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let token = CancellationToken::new();
    let tracker = TaskTracker::new();
    tracker.spawn(worker(1, 30, token.clone()));
    tracker.spawn(worker(2, 40, token.clone()));
    tracker.spawn(worker(3, 70, token.child_token()));
    sleep(Duration::from_millis(100)).await;
    println!("main: shutting down ({} workers running)", tracker.len());
    token.cancel();
    tracker.close();
    tracker.wait().await;
    println!("main: all workers stopped, tracker empty: {}", tracker.is_empty());
}

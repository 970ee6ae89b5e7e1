//! `TaskTracker::track_future`: a future that counts as a tracked task until it is dropped
//!
//! `track_future(fut)` takes the tracker's token at once (`len()` counts it), whether the future
//! is spawned, awaited in place or never polled; the token goes when the future is dropped, so
//! an awaited one leaves at its end and a dropped one at its drop. `wait()` on the closed
//! tracker returns once the spawned one finished too. `TaskTracker::ptr_eq` tells clones of one
//! tracker from another tracker.

use tokio::time::{Duration, Instant, sleep};
use tokio_util::task::TaskTracker;

async fn job(i: u64) -> u64 {
    sleep(Duration::from_millis(10 * i)).await;
    i * 2
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let tracker = TaskTracker::new();
    let t2 = tracker.clone();
    println!("same: {} {}", TaskTracker::ptr_eq(&tracker, &t2), TaskTracker::ptr_eq(&tracker, &TaskTracker::new()));
    let h = tokio::spawn(tracker.track_future(job(3)));
    let local = tracker.track_future(job(1));
    println!("len {} after tracking two", tracker.len());
    println!("local {}", local.await);
    println!("len {} after awaiting one", tracker.len());
    let dropped = tracker.track_future(job(50));
    println!("len {}", tracker.len());
    drop(dropped);
    println!("len {} after dropping one unpolled", tracker.len());
    tracker.close();
    tracker.wait().await;
    println!("waited until {}ms, spawned gave {}", start.elapsed().as_millis(), h.await.unwrap());
    println!("len {} empty {}", tracker.len(), tracker.is_empty());
}

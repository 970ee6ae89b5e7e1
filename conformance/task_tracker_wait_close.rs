//! `TaskTracker::wait` returns once the tracker is closed and its last task has exited
//!
//! While open, `wait()` does not return even with no task. `close` and `reopen` say whether they changed
//! anything, `len` counts tasks not yet exited (an aborted one leaves too), and a waiter on the tracker is woken
//! before a task awaiting the last task's `JoinHandle`: the task drops its tracker token with its future,
//! before its handle is told.

use std::time::Duration;
use tokio::task::JoinHandle;
use tokio::time::{sleep, timeout};
use tokio_util::task::TaskTracker;

async fn work(name: &'static str, ms: u64) -> &'static str {
    sleep(Duration::from_millis(ms)).await;
    println!("{name} done");
    name
}

async fn forever() {
    sleep(Duration::from_secs(3600)).await;
}

async fn wait_tracker(tracker: TaskTracker) {
    tracker.wait().await;
    println!("the tracker waiter woke, len {}", tracker.len());
}

async fn wait_handle(h: JoinHandle<&'static str>) {
    let name = h.await.unwrap();
    println!("the handle waiter got {name}");
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let tracker = TaskTracker::new();
    println!("new: len {} empty {} closed {}", tracker.len(), tracker.is_empty(), tracker.is_closed());
    let open = timeout(Duration::from_millis(5), tracker.wait()).await;
    println!("open and empty, wait timed out: {}", open.is_err());
    tracker.spawn(work("a", 10));
    let last = tracker.spawn(work("b", 20));
    let stuck = tracker.spawn(forever());
    println!("len {} empty {}", tracker.len(), tracker.is_empty());
    let waiter = tokio::spawn(wait_tracker(tracker.clone()));
    let by_handle = tokio::spawn(wait_handle(last));
    println!("close: {}, again: {}", tracker.close(), tracker.close());
    println!("reopen: {}, close: {}", tracker.reopen(), tracker.close());
    stuck.abort();
    sleep(Duration::from_millis(1)).await;
    println!("after the abort: len {}", tracker.len());
    tracker.wait().await;
    println!("main: closed {} empty {}", tracker.is_closed(), tracker.is_empty());
    waiter.await.unwrap();
    by_handle.await.unwrap();
    tracker.wait().await;
    println!("closed and empty: wait is ready at once");
}

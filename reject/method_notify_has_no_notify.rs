//! `Notify` has no `notify` method: E0599
//!
//! Tokio's `Notify` wakes one waiter with `notify_one`, every current
//! waiter with `notify_waiters`, or the newest with `notify_last`; a plain
//! `notify()` does not exist, and rustc says so.

use std::sync::Arc;
use tokio::sync::Notify;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ready = Arc::new(Notify::new());
    let waiter = ready.clone();
    let task = tokio::spawn(async move {
        waiter.notified().await;
        println!("woken");
    });
    ready.notify();
    task.await.unwrap();
}

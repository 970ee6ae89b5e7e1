//! `notify_waiters` wakes every waiter, and every `Notified` created before it, and stores nothing
//!
//! Two tasks wait; a third `Notified` is created but not yet awaited. All three complete. A `Notified` created after the call waits for a later `notify_one`.

use std::sync::Arc;
use tokio::sync::Notify;
use tokio::task::yield_now;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let notify = Arc::new(Notify::new());
    let mut handles = Vec::new();
    for i in 1..=2 {
        let n = notify.clone();
        handles.push(tokio::spawn(async move {
            n.notified().await;
            println!("waiter {i} woken");
        }));
    }
    yield_now().await;
    let early = notify.notified();
    notify.notify_waiters();
    early.await;
    println!("the early Notified completed");
    for h in handles {
        h.await.unwrap();
    }
    let n = notify.clone();
    let late = tokio::spawn(async move {
        n.notified().await;
        println!("the late one needed notify_one");
    });
    yield_now().await;
    println!("no permit was stored");
    notify.notify_one();
    late.await.unwrap();
}

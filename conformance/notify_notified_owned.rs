//! Notify::notified_owned: a Notified that keeps the Notify's Arc
//!
//! `notify.clone().notified_owned()` is `notified()` for a `Notify` in an `Arc`: the future owns
//! a clone of the `Arc`, so it can move into a spawned task. Futures made before
//! `notify_waiters()` are all woken by it, even those not yet polled; one made after waits for the
//! next notification, which `notify_one` stores as a permit.

use std::sync::Arc;
use tokio::sync::Notify;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let notify = Arc::new(Notify::new());
    let mut handles = Vec::new();
    for i in 0..3 {
        let notified = notify.clone().notified_owned();
        handles.push(tokio::spawn(async move {
            notified.await;
            println!("task {i} notified");
        }));
    }
    notify.notify_waiters();
    for h in handles {
        h.await.unwrap();
    }
    let late = notify.clone().notified_owned();
    notify.notify_one();
    late.await;
    println!("late one got the stored permit");
}

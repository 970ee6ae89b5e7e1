//! `notify_one` wakes the oldest waiter, `notify_last` the newest
//!
//! Four tasks wait in order. Each call wakes exactly one of them: `notify_one` from the front of the line, `notify_last` from the back.

use std::sync::Arc;
use tokio::sync::Notify;
use tokio::task::yield_now;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let notify = Arc::new(Notify::new());
    let mut handles = Vec::new();
    for i in 1..=4 {
        let n = notify.clone();
        handles.push(tokio::spawn(async move {
            n.notified().await;
            println!("waiter {i} woken");
        }));
    }
    yield_now().await;
    for call in ["one", "last", "one", "last"] {
        println!("notify_{call}");
        if call == "one" {
            notify.notify_one();
        } else {
            notify.notify_last();
        }
        yield_now().await;
    }
    for h in handles {
        h.await.unwrap();
    }
}

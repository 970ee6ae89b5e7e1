//! A `notified()` that loses a `select!` after it was notified passes the notification on
//!
//! `notify_one` picks the oldest waiter, here a `notified()` in a `biased` `select!` whose sleep is ready in the same poll. The sleep wins, the `Notified` is dropped holding the notification, and Tokio hands it to the next waiter instead of losing it.

use std::sync::Arc;
use tokio::sync::Notify;
use tokio::time::{Duration, Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let notify = Arc::new(Notify::new());
    let a = {
        let notify = notify.clone();
        tokio::spawn(async move {
            tokio::select! {
                biased;
                _ = sleep(Duration::from_millis(10)) => println!("[{:?}] a: the sleep wins", start.elapsed()),
                _ = notify.notified() => println!("[{:?}] a: notified", start.elapsed()),
            }
        })
    };
    tokio::task::yield_now().await;
    let b = {
        let notify = notify.clone();
        tokio::spawn(async move {
            notify.notified().await;
            println!("[{:?}] b: notified", start.elapsed());
        })
    };
    tokio::task::yield_now().await;
    sleep(Duration::from_millis(10)).await;
    notify.notify_one();
    println!("[{:?}] main: notify_one", start.elapsed());
    a.await.unwrap();
    b.await.unwrap();
}

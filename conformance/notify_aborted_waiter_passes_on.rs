//! A waiter woken by `notify_one` but dropped before it runs passes the notification on
//!
//! A is the oldest waiter and gets the notification, but is aborted before it is polled again. Dropping its `Notified` hands the notification to B, the next waiter.

use std::sync::Arc;
use tokio::sync::Notify;
use tokio::task::yield_now;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let notify = Arc::new(Notify::new());
    let n = notify.clone();
    let a = tokio::spawn(async move {
        n.notified().await;
        println!("A woken");
    });
    yield_now().await;
    let n = notify.clone();
    let b = tokio::spawn(async move {
        n.notified().await;
        println!("B woken");
    });
    yield_now().await;
    notify.notify_one();
    a.abort();
    println!("A: {:?}", a.await);
    b.await.unwrap();
}

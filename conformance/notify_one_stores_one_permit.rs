//! `notify_one` with nobody waiting stores one permit, never two
//!
//! Two calls before anyone waits store a single permit: the first `notified().await` completes at once, the second waits for the next `notify_one`.

use std::sync::Arc;
use tokio::sync::Notify;
use tokio::time::{Duration, Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let notify = Arc::new(Notify::new());
    let start = Instant::now();
    notify.notify_one();
    notify.notify_one();
    let n = notify.clone();
    let waiter = tokio::spawn(async move {
        n.notified().await;
        println!("first at {:?}", start.elapsed());
        n.notified().await;
        println!("second at {:?}", start.elapsed());
    });
    sleep(Duration::from_millis(10)).await;
    println!("notifying at {:?}", start.elapsed());
    notify.notify_one();
    waiter.await.unwrap();
}

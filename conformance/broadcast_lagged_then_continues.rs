//! broadcast: a lagging receiver gets Lagged(k), then continues from the oldest value still held
//!
//! The channel holds 2 values. Seven are sent while the receiver sleeps, so it missed 5: its next
//! `recv` returns `Lagged(5)`, then 6 and 7, then the values sent later.

use tokio::sync::broadcast;
use tokio::time::{Duration, Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = broadcast::channel(2);
    let reader = tokio::spawn(async move {
        sleep(Duration::from_millis(10)).await;
        for _ in 0..4 {
            println!("[{}ms] {:?}", start.elapsed().as_millis(), rx.recv().await);
        }
    });
    for v in 1..=7 {
        tx.send(v).unwrap();
    }
    sleep(Duration::from_millis(20)).await;
    tx.send(8).unwrap();
    reader.await.unwrap();
}

//! Bounded mpsc: blocked senders get capacity in the order they blocked
//!
//! The channel (capacity 1) is full. Senders 1, 2 and 3 block on it at 3, 2 and 1 ms, so in the order
//! 3, 2, 1. Each slot freed by a receive goes to the oldest blocked sender: values arrive 3, 2, 1.

use tokio::sync::mpsc;
use tokio::time::{Duration, Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel(1);
    tx.send(0).await.unwrap();
    for id in 1..=3 {
        let tx = tx.clone();
        tokio::spawn(async move {
            sleep(Duration::from_millis(4 - id)).await;
            println!("[{}ms] sender {} blocks", start.elapsed().as_millis(), id);
            tx.send(id).await.unwrap();
            println!("[{}ms] sender {} got a slot", start.elapsed().as_millis(), id);
        });
    }
    drop(tx);
    sleep(Duration::from_millis(10)).await;
    while let Some(v) = rx.recv().await {
        println!("[{}ms] received {}", start.elapsed().as_millis(), v);
    }
}

//! Drops: `let _ = tx;` neither moves nor drops `tx`
//!
//! `_` is not a binding, so `let _ = tx;` leaves the sender where it is: main still sends with it at
//! 10 ms, and the channel closes only when it is dropped explicitly at 20 ms.

use tokio::sync::mpsc;
use tokio::time::{Duration, Instant, sleep};

async fn receive_all(mut rx: mpsc::Receiver<u64>, start: Instant) {
    while let Some(v) = rx.recv().await {
        println!("[{}ms] received {}", start.elapsed().as_millis(), v);
    }
    println!("[{}ms] channel closed", start.elapsed().as_millis());
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (tx, rx) = mpsc::channel(1);
    let receiver = tokio::spawn(async move { receive_all(rx, start).await });
    let _ = tx;
    sleep(Duration::from_millis(10)).await;
    tx.send(1).await.unwrap();
    sleep(Duration::from_millis(10)).await;
    drop(tx);
    receiver.await.unwrap();
}

//! broadcast: a slow subscriber lags
//!
//! A broadcast channel keeps only its last few values (here 4) and never waits for slow receivers: when
//! it is full, a new value overwrites the oldest one. The fast subscriber keeps up with a value every
//! 5 ms, but the slow one needs 25 ms per value, so it falls behind; its next `recv()` returns
//! `RecvError::Lagged(n)`, n being the number of values it missed, and then it continues with the oldest
//! value still in the buffer. Watch the ring buffer overwrite values the slow receiver has not read yet.

use tokio::sync::broadcast;
use tokio::sync::broadcast::error::RecvError;
use tokio::time::{Duration, Instant, sleep};

async fn subscriber(name: String, pause: u64, mut rx: broadcast::Receiver<u64>, start: Instant) {
    loop {
        match rx.recv().await {
            Ok(v) => {
                println!("[{}ms] {} got {}", start.elapsed().as_millis(), name, v);
                sleep(Duration::from_millis(pause)).await;
            }
            Err(RecvError::Lagged(n)) => {
                println!("[{}ms] {} lagged: missed {} values", start.elapsed().as_millis(), name, n);
            }
            Err(RecvError::Closed) => {
                println!("[{}ms] {} sees the channel closed", start.elapsed().as_millis(), name);
                return;
            }
        }
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (tx, fast_rx) = broadcast::channel(4);
    let slow_rx = tx.subscribe();

    let fast = tokio::spawn(async move {
        subscriber(String::from("fast"), 1, fast_rx, start).await;
    });
    let slow = tokio::spawn(async move {
        subscriber(String::from("slow"), 25, slow_rx, start).await;
    });

    for v in 1..=12 {
        tx.send(v).unwrap();
        sleep(Duration::from_millis(5)).await;
    }
    drop(tx);
    fast.await.unwrap();
    slow.await.unwrap();
}

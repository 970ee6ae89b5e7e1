//! An interval's timer stays registered while its `tick()` future loses a `select!`
//!
//! The `tick()` future is dropped when a message wins, but the interval keeps its sleep registered from the first poll, so at 10 ms its timer fires before a sleep registered later for the same instant.

use tokio::sync::mpsc;
use tokio::time::{Duration, Instant, interval, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel::<u32>(1);
    let b = tokio::spawn(async move {
        sleep(Duration::from_millis(5)).await;
        tx.send(1).await.unwrap();
        sleep(Duration::from_millis(5)).await;
        println!("[{:?}] b wakes", start.elapsed());
    });
    let a = tokio::spawn(async move {
        let mut iv = interval(Duration::from_millis(10));
        iv.tick().await;
        let mut ticks = 0;
        while ticks < 2 {
            tokio::select! {
                _ = iv.tick() => {
                    ticks += 1;
                    println!("[{:?}] tick {ticks}", start.elapsed());
                }
                Some(v) = rx.recv() => println!("[{:?}] got {v}", start.elapsed()),
            }
        }
    });
    a.await.unwrap();
    b.await.unwrap();
}

//! Drops: values captured by `async move` are dropped when the task ends, also when it panics
//!
//! Each task owns a sender captured by `async move`. The first uses it at 0 ms but ends at 10 ms, and
//! only then does its channel close. The second panics at 20 ms; unwinding drops its captured sender,
//! so its channel closes at 20 ms.

use tokio::sync::mpsc;
use tokio::time::{Duration, Instant, sleep};

async fn wait_closed(name: String, mut rx: mpsc::Receiver<u64>, start: Instant) {
    while let Some(v) = rx.recv().await {
        println!("[{}ms] {} received {}", start.elapsed().as_millis(), name, v);
    }
    println!("[{}ms] {} closed", start.elapsed().as_millis(), name);
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (tx1, rx1) = mpsc::channel(1);
    let (tx2, rx2) = mpsc::channel(1);
    let r1 = tokio::spawn(async move { wait_closed(String::from("channel 1"), rx1, start).await });
    let r2 = tokio::spawn(async move { wait_closed(String::from("channel 2"), rx2, start).await });
    let t1 = tokio::spawn(async move {
        tx1.send(1).await.unwrap();
        sleep(Duration::from_millis(10)).await;
        println!("[{}ms] task 1 ends", start.elapsed().as_millis());
    });
    let t2 = tokio::spawn(async move {
        tx2.send(2).await.unwrap();
        sleep(Duration::from_millis(20)).await;
        panic!("task 2 panics at {}ms", start.elapsed().as_millis());
    });
    r1.await.unwrap();
    r2.await.unwrap();
    println!("task 1 is_ok = {}, task 2 is_err = {}", t1.await.is_ok(), t2.await.is_err());
}

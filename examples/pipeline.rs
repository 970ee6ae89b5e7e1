//! A pipeline of stages connected by channels
//!
//! Three stages run as three tasks: `generate` produces numbers, `square` squares them, and `sum` adds
//! them up; each stage talks to the next through a bounded mpsc channel of capacity 1. Every stage
//! works at its own pace (square takes 3 ms per item, sum 5 ms), so items flow through the pipeline
//! concurrently and the slowest stage sets the rhythm. When a stage finishes, it drops its sender and
//! the next stage's `recv()` returns `None`: shutdown travels down the pipeline by itself.

use tokio::sync::mpsc;
use tokio::time::{Duration, Instant, sleep};

async fn generate(out: mpsc::Sender<u64>, start: Instant) {
    for n in 1..=4 {
        out.send(n).await.unwrap();
        println!("[{}ms] generate: {}", start.elapsed().as_millis(), n);
    }
}

async fn square(mut input: mpsc::Receiver<u64>, out: mpsc::Sender<u64>, start: Instant) {
    while let Some(n) = input.recv().await {
        sleep(Duration::from_millis(3)).await;
        println!("[{}ms] square: {} -> {}", start.elapsed().as_millis(), n, n * n);
        out.send(n * n).await.unwrap();
    }
    println!("[{}ms] square: input closed", start.elapsed().as_millis());
}

async fn sum(mut input: mpsc::Receiver<u64>, start: Instant) -> u64 {
    let mut total = 0;
    while let Some(n) = input.recv().await {
        sleep(Duration::from_millis(5)).await;
        total += n;
        println!("[{}ms] sum: +{} = {}", start.elapsed().as_millis(), n, total);
    }
    println!("[{}ms] sum: input closed", start.elapsed().as_millis());
    total
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (numbers_tx, numbers_rx) = mpsc::channel(1);
    let (squares_tx, squares_rx) = mpsc::channel(1);

    tokio::spawn(async move { generate(numbers_tx, start).await });
    tokio::spawn(async move { square(numbers_rx, squares_tx, start).await });
    let total = tokio::spawn(async move { sum(squares_rx, start).await });

    let total = total.await.unwrap();
    println!("[{}ms] result: {}", start.elapsed().as_millis(), total);
}

//! Bounded mpsc: backpressure
//!
//! A producer hands six jobs to a consumer through `mpsc::channel(2)`, a channel with room for only two
//! messages, and the consumer needs 10 ms of virtual time per job. The first sends complete at once, then
//! the channel is full and `send(..).await` makes the producer wait until the consumer takes a job out:
//! the fast side is slowed down to the pace of the slow side. Watch the producer task sit blocked on the
//! full channel while the two buffered jobs wait their turn, and note that the producer finishes (and drops
//! its sender) while the last jobs are still queued, so the consumer drains them before `recv()` returns `None`.

use tokio::sync::mpsc;
use tokio::time::{Duration, Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel(2);

    let producer = tokio::spawn(async move {
        for job in 1..=6 {
            println!("[{}ms] producer: sending job {}", start.elapsed().as_millis(), job);
            tx.send(job).await.unwrap();
            println!("[{}ms] producer: job {} is in the channel", start.elapsed().as_millis(), job);
        }
        println!("[{}ms] producer: all jobs sent, dropping the sender", start.elapsed().as_millis());
    });

    let consumer = tokio::spawn(async move {
        while let Some(job) = rx.recv().await {
            println!("[{}ms] consumer: working on job {}", start.elapsed().as_millis(), job);
            sleep(Duration::from_millis(10)).await;
        }
        println!("[{}ms] consumer: channel closed, stopping", start.elapsed().as_millis());
    });

    producer.await.unwrap();
    consumer.await.unwrap();
    println!("[{}ms] main: done", start.elapsed().as_millis());
}

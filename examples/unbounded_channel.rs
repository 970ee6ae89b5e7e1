//! Unbounded mpsc: the sender never waits
//!
//! `mpsc::unbounded_channel()` has no capacity limit, so `send` is a plain function call: it never
//! awaits and never blocks the producer. The producer below pushes ten events in one go while the
//! consumer handles one every 10 ms, so the backlog grows to ten and then slowly drains. There is no
//! backpressure: if the producer were faster forever, the queue would grow without bound. Compare with
//! `bounded_mpsc_backpressure.rs`, where the producer is held back.

use tokio::sync::mpsc;
use tokio::time::{Duration, Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::unbounded_channel();

    let consumer = tokio::spawn(async move {
        let mut handled = 0;
        while let Some(event) = rx.recv().await {
            sleep(Duration::from_millis(10)).await;
            handled += 1;
            println!("[{}ms] handled {}", start.elapsed().as_millis(), event);
        }
        handled
    });

    for i in 1..=10 {
        tx.send(format!("event {}", i)).unwrap();
    }
    println!("[{}ms] producer: queued 10 events without waiting", start.elapsed().as_millis());
    drop(tx);

    let handled = consumer.await.unwrap();
    println!("[{}ms] consumer handled {} events", start.elapsed().as_millis(), handled);
}

//! Many producers: cloned senders
//!
//! Three producer tasks share one channel: each gets its own clone of the `Sender`, and the single
//! receiver sees their messages interleaved in the order they were sent. Producer 1 sends every 10 ms,
//! producer 2 every 20 ms and producer 3 every 30 ms, so the output is sorted by virtual time. When two
//! producers send at the same instant (20 ms, 60 ms), the one whose timer was registered first wakes
//! first. Main drops its own sender right after cloning, so the loop ends by itself once all three
//! producers have finished and dropped their clones.

use tokio::sync::mpsc;
use tokio::time::{Duration, Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel(8);

    for id in 1..=3 {
        let tx = tx.clone();
        tokio::spawn(async move {
            for n in 1..=3 {
                sleep(Duration::from_millis(id * 10)).await;
                tx.send(format!("producer {} message {}", id, n)).await.unwrap();
            }
        });
    }
    drop(tx);

    let mut count = 0;
    while let Some(msg) = rx.recv().await {
        count += 1;
        println!("[{}ms] received: {}", start.elapsed().as_millis(), msg);
    }
    println!("[{}ms] all producers are done, {count} messages", start.elapsed().as_millis());
}

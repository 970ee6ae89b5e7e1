//! oneshot: dropping the sender wakes the receiver with Err at that instant
//!
//! The worker owns the sender and gives up at 10 ms without sending. The receiver, waiting in main,
//! gets `Err(RecvError(()))` at 10 ms.

use tokio::sync::oneshot;
use tokio::time::{Duration, Instant, sleep};

async fn worker(reply: oneshot::Sender<u64>, start: Instant) {
    sleep(Duration::from_millis(10)).await;
    println!("[{}ms] worker gives up and drops the sender", start.elapsed().as_millis());
    drop(reply);
    sleep(Duration::from_millis(10)).await;
    println!("[{}ms] worker ends", start.elapsed().as_millis());
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (tx, rx) = oneshot::channel();
    let w = tokio::spawn(async move { worker(tx, start).await });
    match rx.await {
        Ok(v) => println!("[{}ms] got {}", start.elapsed().as_millis(), v),
        Err(e) => println!("[{}ms] receiver: Err({:?})", start.elapsed().as_millis(), e),
    }
    w.await.unwrap();
}

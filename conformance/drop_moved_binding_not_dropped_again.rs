//! Drops: a moved-from binding is not dropped again at the end of its scope
//!
//! Inside the block, `a` (a sender clone) is moved into `b`, and `b` is moved into a task that ends at
//! 10 ms. At the end of the block nothing is dropped for `a` or `b`. The channel closes at 20 ms, when
//! main drops the original sender; a second drop of the clone would have closed it at 10 ms.

use tokio::sync::mpsc;
use tokio::time::{Duration, Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel(1);
    let receiver = tokio::spawn(async move {
        while let Some(v) = rx.recv().await {
            println!("[{}ms] received {}", start.elapsed().as_millis(), v);
        }
        println!("[{}ms] channel closed", start.elapsed().as_millis());
    });
    {
        let a = tx.clone();
        let b = a;
        tokio::spawn(async move {
            b.send(1).await.unwrap();
            sleep(Duration::from_millis(10)).await;
            println!("[{}ms] the task owning the clone ends", start.elapsed().as_millis());
        });
    }
    sleep(Duration::from_millis(20)).await;
    println!("[{}ms] main drops the original sender", start.elapsed().as_millis());
    drop(tx);
    receiver.await.unwrap();
}

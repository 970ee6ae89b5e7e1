//! Draining a channel while keeping a sender: it never closes
//!
//! Three workers each get a clone of `tx`, send their result and finish. `main` collects results with
//! `while let Some(..) = rx.recv().await`, a loop that ends only when the channel closes, and a channel
//! closes when its last sender is dropped. But `main` still holds the original `tx`: after the third
//! result nothing will ever send again, nothing can close the channel, and no timer is left, so the
//! program hangs forever. The visualization shows main waiting for itself; `drop(tx)` right after
//! spawning the workers fixes it.

use tokio::sync::mpsc;
use tokio::time::{Duration, Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel::<String>(8);

    for id in 1..=3u64 {
        let tx = tx.clone();
        tokio::spawn(async move {
            sleep(Duration::from_millis(10 * id)).await;
            tx.send(format!("result {id}")).await.unwrap();
        });
    }
    // Missing here: drop(tx);

    while let Some(result) = rx.recv().await {
        println!("[{}ms] main got {result}", start.elapsed().as_millis());
    }
    println!("all results are in");
}

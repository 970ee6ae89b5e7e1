//! One `mpsc::Sender` clone per producer task
//!
//! Each task moves its own clone; the original is dropped so that `recv` returns `None` once all producers finish.

use tokio::sync::mpsc;
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel(2);
    for id in 0..3u64 {
        let tx = tx.clone();
        tokio::spawn(async move {
            sleep(Duration::from_millis(id)).await;
            tx.send(id).await.unwrap();
        });
    }
    drop(tx);
    let mut got = Vec::new();
    while let Some(v) = rx.recv().await {
        got.push(v);
    }
    println!("{got:?}");
}

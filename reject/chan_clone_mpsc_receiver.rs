//! Cloning an mpsc receiver for a second worker
//!
//! mpsc is multi-producer, single-consumer: `Sender` is `Clone`, `Receiver` is not. rustc reports
//! E0599, "no method named `clone` found for struct `tokio::sync::mpsc::Receiver<T>` in the current
//! scope". Share one receiver behind a `Mutex`, or give each worker its own channel.

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(8);
    let mut rx2 = rx.clone();
    let w = tokio::spawn(async move {
        while let Some(job) = rx2.recv().await {
            println!("second worker: {job}");
        }
    });
    tx.send(1).await.unwrap();
    drop(tx);
    while let Some(job) = rx.recv().await {
        println!("first worker: {job}");
    }
    w.await.unwrap();
}

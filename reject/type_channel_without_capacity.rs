//! `mpsc::channel()` without a capacity
//!
//! tokio's bounded channel needs its buffer size: `mpsc::channel(16)`. (`std`'s channel takes no
//! argument, tokio's `unbounded_channel` neither.) rustc reports E0061, "this function takes 1
//! argument but 0 arguments were supplied".

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel();
    tx.send(1).await.unwrap();
    println!("{:?}", rx.recv().await);
}

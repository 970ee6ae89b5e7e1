//! Counting in a loop with an immutable counter
//!
//! `received` starts at 0 and is bumped for every message, but it was declared without `mut`.
//! rustc reports E0384, "cannot assign twice to immutable variable `received`".

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel(4);
    tokio::spawn(async move {
        for i in 0..3 {
            tx.send(i).await.unwrap();
        }
    });
    let received = 0;
    while let Some(n) = rx.recv().await {
        println!("got {n}");
        received += 1;
    }
    println!("{received} messages");
}

//! Sending on a tx that a task already owns
//!
//! The producer task takes `tx` with `async move`, and then `main` tries to send one more message on
//! the same `tx`. It belongs to the task now. rustc reports E0382, "borrow of moved value: `tx`",
//! at the later `tx.send`.

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(4);
    tokio::spawn(async move {
        for n in 1..=3 {
            tx.send(n).await.unwrap();
        }
    });
    tx.send(99).await.unwrap();
    while let Some(n) = rx.recv().await {
        println!("got {n}");
    }
}

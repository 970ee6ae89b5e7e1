//! Dropping a sender that a task already owns
//!
//! The worker owns `tx` (it was moved by `async move`), and `main` tries to `drop(tx)` to close the
//! channel. That `tx` is gone already; the task will drop it when it finishes. rustc reports E0382,
//! "use of moved value: `tx`".

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel(4);
    tokio::spawn(async move {
        tx.send("work").await.unwrap();
    });
    drop(tx);
    while let Some(w) = rx.recv().await {
        println!("{w}");
    }
}

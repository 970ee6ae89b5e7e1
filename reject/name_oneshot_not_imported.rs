//! Using `oneshot` without importing it
//!
//! Only `mpsc` is imported from `tokio::sync`; `oneshot::channel()` names a module that is not in
//! scope. rustc reports E0433, "cannot find module or crate `oneshot` in this scope".

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel(1);
    let (reply_tx, reply_rx) = oneshot::channel();
    tx.send(reply_tx).await.unwrap();
    let reply = rx.recv().await.unwrap();
    reply.send(5).unwrap();
    println!("{}", reply_rx.await.unwrap());
}

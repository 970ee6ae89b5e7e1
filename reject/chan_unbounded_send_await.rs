//! Awaiting a send on an unbounded channel
//!
//! An unbounded channel never makes a sender wait, so `UnboundedSender::send` is not async: it
//! returns a `Result` directly. rustc reports E0277, "`Result<(),
//! tokio::sync::mpsc::error::SendError<u32>>` is not a future".

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::unbounded_channel::<u32>();
    tx.send(1).await.unwrap();
    println!("{:?}", rx.recv().await);
}

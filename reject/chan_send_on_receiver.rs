//! Calling `send` on the receiving end
//!
//! The worker was given the receiver and tries to answer on it. A `Receiver` has no `send`. rustc
//! reports E0599, "no method named `send` found for struct `tokio::sync::mpsc::Receiver<T>` in the
//! current scope".

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, rx) = mpsc::channel::<u32>(2);
    let worker = tokio::spawn(async move {
        rx.send(1).await.unwrap();
    });
    worker.await.unwrap();
    drop(tx);
}

//! Calling `recv` on the sending end
//!
//! The tuple from `mpsc::channel` is `(Sender, Receiver)`, in that order; `tx.recv()` asks the
//! sender to receive. rustc reports E0599, "no method named `recv` found for struct
//! `tokio::sync::mpsc::Sender<T>` in the current scope".

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, rx) = mpsc::channel::<u32>(2);
    tokio::spawn(async move {
        drop(rx);
    });
    while let Some(n) = tx.recv().await {
        println!("{n}");
    }
}

//! Receiving on an rx that is not `mut`
//!
//! `recv` takes `&mut self`: receiving changes the channel's receiving end. `rx` is bound without
//! `mut`, so rustc reports E0596, "cannot borrow `rx` as mutable, as it is not declared as
//! mutable". Write `let (tx, mut rx) = ...`.

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, rx) = mpsc::channel(1);
    tokio::spawn(async move {
        tx.send("ping").await.unwrap();
    });
    let msg = rx.recv().await;
    println!("{:?}", msg);
}

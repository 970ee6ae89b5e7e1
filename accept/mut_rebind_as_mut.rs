//! Rebinding an immutable value as `mut`
//!
//! `let mut rx = rx;` moves into a new mutable binding; moving a value into a `mut` binding is always allowed.

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, rx) = mpsc::unbounded_channel();
    let v = vec![1];
    let mut v = v;
    v.push(2);
    tx.send(v.len()).unwrap();
    let h = tokio::spawn(async move {
        let mut rx = rx;
        rx.recv().await
    });
    println!("{:?}", h.await.unwrap());
}

//! Dereferencing an i32 received from a channel
//!
//! `recv` handed over the value itself, so `n` is an `i32`, not a reference, and `*n` is
//! meaningless. rustc reports E0614, "type `i32` cannot be dereferenced".

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<i32>(1);
    tx.send(10).await.unwrap();
    let n = rx.recv().await.unwrap();
    println!("{}", *n + 1);
}

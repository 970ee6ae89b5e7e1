//! Using `recv()` as if it returned the message
//!
//! `recv().await` returns `Option<u32>`: `None` when every sender is gone. Binding it to a `u32`
//! is rustc's E0308, "mismatched types": expected `u32`, found `Option<u32>`.

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel(1);
    tokio::spawn(async move {
        tx.send(5u32).await.unwrap();
    });
    let n: u32 = rx.recv().await;
    println!("{}", n + 1);
}

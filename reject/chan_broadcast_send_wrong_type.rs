//! Broadcasting a number on a channel of Strings
//!
//! The broadcast channel carries `String`s, and `tx.send(1)` offers an integer. rustc reports
//! E0308, "mismatched types": expected `String`, found integer.

use tokio::sync::broadcast;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = broadcast::channel::<String>(4);
    let listener = tokio::spawn(async move {
        println!("{:?}", rx.recv().await);
    });
    tx.send(1).unwrap();
    listener.await.unwrap();
}

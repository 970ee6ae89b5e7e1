//! Printing a message after sending it
//!
//! `tx.send(msg)` moves the `String` into the channel; the receiving side owns it now. Printing
//! `msg` afterwards is rustc's E0382, "borrow of moved value: `msg`". Print before sending, or send
//! a clone.

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel(4);
    let consumer = tokio::spawn(async move {
        while let Some(m) = rx.recv().await {
            println!("consumer got {m}");
        }
    });
    let msg = String::from("hello");
    tx.send(msg).await.unwrap();
    println!("producer sent {msg}");
    drop(tx);
    consumer.await.unwrap();
}

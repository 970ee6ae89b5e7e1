//! Channel lengths, and a oneshot sender consumed by `send`
//!
//! `len` and `is_empty` of an mpsc receiver count the buffered values; a
//! broadcast receiver's `len` counts the values it has not read yet. A
//! oneshot `Sender::send` takes the sender by value, so the channel is
//! closed right after the send: the receiver still gets the value.

use tokio::sync::{broadcast, mpsc, oneshot};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(4);
    println!("mpsc: len {} empty {}", rx.len(), rx.is_empty());
    tx.send(1).await.unwrap();
    tx.send(2).await.unwrap();
    println!("mpsc: len {} empty {}", rx.len(), rx.is_empty());
    rx.recv().await.unwrap();
    println!("mpsc: len {} capacity {}", rx.len(), tx.capacity());

    let (utx, mut urx) = mpsc::unbounded_channel::<&str>();
    utx.send("a").unwrap();
    println!("unbounded: len {} empty {}", urx.len(), urx.is_empty());
    urx.recv().await.unwrap();
    println!("unbounded: len {} empty {}", urx.len(), urx.is_empty());

    let (btx, mut brx) = broadcast::channel::<u32>(4);
    let mut late = btx.subscribe();
    btx.send(10).unwrap();
    btx.send(20).unwrap();
    brx.recv().await.unwrap();
    println!("broadcast: len {} (read one), {} (read none)", brx.len(), late.len());
    late.recv().await.unwrap();
    println!("broadcast: len {} after one more", late.len());

    let (otx, orx) = oneshot::channel::<u32>();
    let worker = tokio::spawn(async move {
        let v = orx.await;
        println!("worker got {v:?}");
    });
    println!("oneshot send: {:?}", otx.send(7));
    worker.await.unwrap();

    let (otx, orx) = oneshot::channel::<u32>();
    println!("oneshot closed before: {}", otx.is_closed());
    drop(orx);
    println!("oneshot closed after: {}", otx.is_closed());
    println!("oneshot send: {:?}", otx.send(8));
}

//! mpsc capacity seen from both halves, `Receiver::is_closed`, and `same_channel`
//!
//! A buffered value takes a slot until it is received; the receiver sees the channel closed once every sender is gone; clones of a sender are the same channel, another channel's sender is not.

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u8>(3);
    let tx2 = tx.clone();
    let (other, _other_rx) = mpsc::channel::<u8>(1);
    tx.send(1).await.unwrap();
    println!("capacity {} / {}, rx sees {} / {}", tx.capacity(), tx.max_capacity(), rx.capacity(), rx.max_capacity());
    println!("same: {} {}", tx.same_channel(&tx2), tx.same_channel(&other));
    println!("closed: {}", rx.is_closed());
    drop(tx);
    drop(tx2);
    println!("closed after the senders: {}, still buffered {:?}", rx.is_closed(), rx.recv().await);
    println!("then {:?}, capacity {}", rx.recv().await, rx.capacity());
    let (utx, urx) = mpsc::unbounded_channel::<u8>();
    let utx2 = utx.clone();
    println!("unbounded same: {}, closed {}", utx.same_channel(&utx2), urx.is_closed());
}

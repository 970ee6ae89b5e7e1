//! `reserve_owned` moves the sender into the permit
//!
//! `reserve_owned(self)` takes the `Sender` by value, so `tx` cannot be used afterwards (E0382).
//! Clone it first (`tx.clone().reserve_owned()`), or use the sender the permit's `send` returns.

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<i32>(2);
    let permit = tx.reserve_owned().await.unwrap();
    permit.send(1);
    tx.send(2).await.unwrap();
    println!("{:?}", rx.recv().await);
}

//! broadcast: Closed comes only after the buffered values have been delivered
//!
//! Three values are sent and the sender is dropped before the receiver reads anything. The receiver
//! still gets 1, 2 and 3, and only then `Err(Closed)`, on every later call too.

use tokio::sync::broadcast;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = broadcast::channel(4);
    for v in 1..=3 {
        tx.send(v).unwrap();
    }
    drop(tx);
    for _ in 0..5 {
        println!("{:?}", rx.recv().await);
    }
}

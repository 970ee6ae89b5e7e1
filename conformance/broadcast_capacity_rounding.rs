//! broadcast: capacity is rounded up to a power of two, channel(3) holds 4
//!
//! Four values sent to `broadcast::channel(3)` are all kept. A fifth value overwrites the oldest,
//! which the receiver then reports as `Lagged(1)`.

use tokio::sync::broadcast;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = broadcast::channel(3);
    for v in 1..=4 {
        tx.send(v).unwrap();
    }
    for _ in 0..4 {
        println!("{:?}", rx.recv().await);
    }
    for v in 5..=9 {
        tx.send(v).unwrap();
    }
    for _ in 0..5 {
        println!("{:?}", rx.recv().await);
    }
}

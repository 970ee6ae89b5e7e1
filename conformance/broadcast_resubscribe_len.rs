//! `resubscribe` starts a new receiver at the tail; `len` and `is_empty` count what a receiver has not read
//!
//! The first receiver has two unread values; its resubscribed copy sees only what is sent afterwards.

use tokio::sync::broadcast;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = broadcast::channel::<u32>(8);
    tx.send(1).unwrap();
    tx.send(2).unwrap();
    let mut fresh = rx.resubscribe();
    println!("rx: len {} empty {}; fresh: len {} empty {}", rx.len(), rx.is_empty(), fresh.len(), fresh.is_empty());
    println!("receivers: {}", tx.receiver_count());
    tx.send(3).unwrap();
    println!("rx gets {}, fresh gets {}", rx.recv().await.unwrap(), fresh.recv().await.unwrap());
    println!("rx: len {}; fresh: len {} empty {}", rx.len(), fresh.len(), fresh.is_empty());
}

//! `tokio::join!` of async blocks borrowing a sender and a receiver
//!
//! The producer block borrows `tx`, the consumer block borrows `rx` mutably; they are different locals, and `main` is not spawned.

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(1);
    let mut got = Vec::new();
    tokio::join!(
        async {
            for i in 0..3 {
                tx.send(i).await.unwrap();
            }
        },
        async {
            for _ in 0..3 {
                got.push(rx.recv().await.unwrap());
            }
        }
    );
    println!("{got:?}");
    tx.send(9).await.unwrap();
    println!("{:?}", rx.recv().await);
}

//! Cloning a broadcast receiver instead of subscribing
//!
//! A new broadcast receiver comes from `tx.subscribe()`; `broadcast::Receiver` does not implement
//! `Clone`. rustc reports E0599, "no method named `clone` found for struct
//! `tokio::sync::broadcast::Receiver<T>` in the current scope".

use tokio::sync::broadcast;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx1) = broadcast::channel::<u32>(4);
    let mut rx2 = rx1.clone();
    tx.send(1).unwrap();
    println!("{:?} {:?}", rx1.recv().await, rx2.recv().await);
}

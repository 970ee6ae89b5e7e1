//! A `Permit`'s borrow of its sender ends once it has sent
//!
//! The permit borrows `tx` until its last use: after `permit.send(1)` the sender can be dropped,
//! which closes the channel. An `OwnedPermit` from a clone leaves the original sender usable, and
//! `lock_owned` on a clone of the `Arc` leaves the `Arc` usable.

use std::sync::Arc;
use tokio::sync::{Mutex, mpsc};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<i32>(2);
    let permit = tx.reserve().await.unwrap();
    permit.send(1);
    let owned = tx.clone().reserve_owned().await.unwrap();
    let tx2 = owned.send(2);
    drop(tx);
    drop(tx2);
    while let Some(v) = rx.recv().await {
        println!("got {v}");
    }
    let shared = Arc::new(Mutex::new(0));
    let mut guard = shared.clone().lock_owned().await;
    *guard += 1;
    drop(guard);
    println!("{}", *shared.lock().await);
}

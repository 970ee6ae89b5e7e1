//! Pushing through a lock guard that is not `mut`
//!
//! The lock was taken, but the guard was bound with `let guard`, not `let mut guard`; changing the
//! data through it needs a mutable borrow of the guard. rustc reports E0596, "cannot borrow `guard`
//! as mutable, as it is not declared as mutable".

use std::sync::Arc;
use tokio::sync::Mutex;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let queue = Arc::new(Mutex::new(Vec::new()));
    let producer = Arc::clone(&queue);
    tokio::spawn(async move {
        let guard = producer.lock().await;
        guard.push(42);
    })
    .await
    .unwrap();
    println!("{:?}", queue.lock().await);
}

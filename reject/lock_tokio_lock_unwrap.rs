//! `.unwrap()` after a tokio `lock().await`
//!
//! tokio's `Mutex` has no poisoning, so `lock().await` gives the guard itself, not a `Result`.
//! The `.unwrap()` habit from `std::sync::Mutex` fails: rustc reports E0599, "no method named
//! `unwrap` found for struct `tokio::sync::MutexGuard<'_, Vec<u32>>` in the current scope".

use std::sync::Arc;
use tokio::sync::Mutex;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let queue = Arc::new(Mutex::new(vec![1u32, 2]));
    let q = Arc::clone(&queue);
    tokio::spawn(async move {
        let mut guard = q.lock().await.unwrap();
        guard.push(3);
    })
    .await
    .unwrap();
    println!("{:?}", queue.lock().await);
}

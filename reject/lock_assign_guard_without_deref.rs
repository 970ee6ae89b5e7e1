//! Assigning to the guard instead of through it
//!
//! `guard = 0` tries to replace the guard variable itself with a number; the value behind the lock
//! is `*guard`. rustc reports E0308, "mismatched types": expected `MutexGuard<'_, {integer}>`,
//! found integer.

use std::sync::Arc;
use tokio::sync::Mutex;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let level = Arc::new(Mutex::new(7));
    let l = Arc::clone(&level);
    tokio::spawn(async move {
        let mut guard = l.lock().await;
        guard = 0;
    })
    .await
    .unwrap();
    println!("{}", *level.lock().await);
}

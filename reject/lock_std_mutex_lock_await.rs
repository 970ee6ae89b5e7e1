//! `.lock().await` on a std::sync::Mutex
//!
//! `std::sync::Mutex::lock` blocks the thread and returns a `LockResult` right away; it is not a
//! future. Only `tokio::sync::Mutex::lock` is awaited. rustc reports E0277, "`Result<std::sync::MutexGuard<'_,
//! u32>, PoisonError<std::sync::MutexGuard<'_, u32>>>` is not a future".

use std::sync::{Arc, Mutex};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let total = Arc::new(Mutex::new(0u32));
    let t = Arc::clone(&total);
    tokio::spawn(async move {
        let mut guard = t.lock().await;
        *guard += 5;
    })
    .await
    .unwrap();
    println!("{:?}", total);
}

//! Forgetting `.await` on a tokio lock
//!
//! `lock()` on a `tokio::sync::Mutex` is async: without `.await`, `guard` is a future, not a guard,
//! and a future has no `push`. rustc reports E0599, "no method named `push` found for opaque type
//! `impl Future<Output = tokio::sync::MutexGuard<'_, Vec<_>>>`" (the element type is
//! not known yet at that point).

use std::sync::Arc;
use tokio::sync::Mutex;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let log = Arc::new(Mutex::new(Vec::new()));
    let l = Arc::clone(&log);
    tokio::spawn(async move {
        let mut guard = l.lock();
        guard.push(1u32);
    })
    .await
    .unwrap();
    println!("{:?}", log.lock().await);
}

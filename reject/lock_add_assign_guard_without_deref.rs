//! `+=` on the guard instead of on `*guard`
//!
//! The counter is behind the guard; `guard += 1` asks to add to the guard itself. rustc reports
//! E0368, "binary assignment operation `+=` cannot be applied to type `tokio::sync::MutexGuard<'_,
//! u64>`". Write `*guard += 1`.

use std::sync::Arc;
use tokio::sync::Mutex;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let hits = Arc::new(Mutex::new(0u64));
    let mut tasks = Vec::new();
    for _ in 0..3 {
        let hits = Arc::clone(&hits);
        tasks.push(tokio::spawn(async move {
            let mut guard = hits.lock().await;
            guard += 1;
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    println!("{}", *hits.lock().await);
}

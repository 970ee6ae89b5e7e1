//! tokio Mutex: releasing the guard before sleeping lets the holders overlap
//!
//! The same three tasks as in `mutex_guard_across_await_serializes.rs`, but each drops its guard before
//! the 10 ms sleep. The sleeps overlap and all three finish at 10 ms.

use std::sync::Arc;
use tokio::sync::Mutex;
use tokio::time::{Duration, Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let m = Arc::new(Mutex::new(0));
    let mut handles = Vec::new();
    for id in 1..=3 {
        let m = Arc::clone(&m);
        handles.push(tokio::spawn(async move {
            let mut guard = m.lock().await;
            *guard += 1;
            drop(guard);
            sleep(Duration::from_millis(10)).await;
            println!("[{}ms] task {} done", start.elapsed().as_millis(), id);
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
}

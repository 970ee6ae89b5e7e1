//! A tokio `MutexGuard` held across `.await` in a spawned task
//!
//! Unlike std's guard, tokio's `MutexGuard` is `Send`, so the task may sleep while holding the lock.

use std::sync::Arc;
use tokio::sync::Mutex;
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let state = Arc::new(Mutex::new(Vec::new()));
    let s2 = Arc::clone(&state);
    let h = tokio::spawn(async move {
        let mut g = s2.lock().await;
        g.push(1);
        sleep(Duration::from_millis(5)).await;
        g.push(2);
    });
    h.await.unwrap();
    println!("{:?}", *state.lock().await);
}

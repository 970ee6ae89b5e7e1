//! A std::sync::MutexGuard held across `.await` in a spawned task
//!
//! `std::sync::MutexGuard` is not `Send` (it must be unlocked on the thread that locked it), and
//! this task keeps it across `sleep(..).await`. rustc reports "future cannot be sent between
//! threads safely" (no error code) at `tokio::spawn`. Drop the guard before awaiting, or use
//! `tokio::sync::Mutex`.

use std::sync::{Arc, Mutex};
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let hits = Arc::new(Mutex::new(0));
    let h = Arc::clone(&hits);
    let task = tokio::spawn(async move {
        let mut guard = h.lock().unwrap();
        *guard += 1;
        sleep(Duration::from_millis(5)).await;
        *guard += 1;
    });
    task.await.unwrap();
    println!("{}", hits.lock().unwrap());
}

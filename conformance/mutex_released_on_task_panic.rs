//! tokio Mutex: a guard is released when its task panics, and the Mutex is not poisoned
//!
//! The task takes the lock and panics 10 ms later with the guard alive. Unwinding drops the guard, so
//! main, waiting since 1 ms, gets the lock at 10 ms and can use the value: tokio's Mutex has no
//! poisoning.

use std::sync::Arc;
use tokio::sync::Mutex;
use tokio::time::{Duration, Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let m = Arc::new(Mutex::new(0));
    let m2 = Arc::clone(&m);
    let task = tokio::spawn(async move {
        let mut guard = m2.lock().await;
        *guard += 1;
        sleep(Duration::from_millis(10)).await;
        panic!("task fails while holding the lock");
    });
    sleep(Duration::from_millis(1)).await;
    println!("[{}ms] main asks for the lock", start.elapsed().as_millis());
    let mut guard = m.lock().await;
    *guard += 1;
    println!("[{}ms] main holds the lock, value {}", start.elapsed().as_millis(), *guard);
    drop(guard);
    println!("task result is_err: {}", task.await.is_err());
}

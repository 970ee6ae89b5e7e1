//! Drops: `*m.lock().await += 1;` releases the lock at the semicolon
//!
//! The guard is a temporary of the statement, so the lock is free again right after it: main can lock
//! a second time without deadlocking itself, and the waiting task gets the lock at 0 ms while main
//! sleeps.

use std::sync::Arc;
use tokio::sync::Mutex;
use tokio::time::{Duration, Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let m = Arc::new(Mutex::new(0));
    let m2 = Arc::clone(&m);
    let task = tokio::spawn(async move {
        *m2.lock().await += 10;
        println!("[{}ms] task added 10", start.elapsed().as_millis());
    });
    *m.lock().await += 1;
    *m.lock().await += 1;
    println!("[{}ms] main added 1 twice", start.elapsed().as_millis());
    sleep(Duration::from_millis(10)).await;
    task.await.unwrap();
    println!("[{}ms] value {}", start.elapsed().as_millis(), *m.lock().await);
}

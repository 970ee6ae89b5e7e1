//! Drops: a `while let` scrutinee's temporaries live until the end of each iteration
//!
//! `while let Some(j) = q.lock().await.pop()` keeps the guard for the whole loop body, which sleeps
//! 10 ms. The other task asks for the lock at 1 ms and gets it only when the first iteration ends, at
//! 10 ms; main's next `lock()` then queues behind it.

use std::sync::Arc;
use tokio::sync::Mutex;
use tokio::time::{Duration, Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let q = Arc::new(Mutex::new(vec![1, 2, 3]));
    let q2 = Arc::clone(&q);
    let other = tokio::spawn(async move {
        sleep(Duration::from_millis(1)).await;
        println!("[{}ms] other asks for the lock", start.elapsed().as_millis());
        q2.lock().await.push(10);
        println!("[{}ms] other pushed 10", start.elapsed().as_millis());
    });
    while let Some(j) = q.lock().await.pop() {
        println!("[{}ms] main popped {}", start.elapsed().as_millis(), j);
        sleep(Duration::from_millis(10)).await;
    }
    println!("[{}ms] queue empty", start.elapsed().as_millis());
    other.await.unwrap();
}

//! Closing a Semaphore wakes every waiter with an error; held permits stay valid
//!
//! Two tasks wait for permits the main task holds. `close` makes both acquisitions fail at once; dropping the held permit afterwards returns it, but nobody can take it.

use std::sync::Arc;
use tokio::sync::Semaphore;
use tokio::time::{Duration, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let sem = Arc::new(Semaphore::new(1));
    let held = sem.clone().acquire_owned().await.unwrap();
    let mut waiters = Vec::new();
    for i in 0..2 {
        let sem = sem.clone();
        waiters.push(tokio::spawn(async move {
            match sem.acquire().await {
                Ok(_) => println!("waiter {i} got a permit"),
                Err(e) => println!("waiter {i}: {e}"),
            }
        }));
    }
    sleep(Duration::from_millis(10)).await;
    sem.close();
    for w in waiters {
        w.await.unwrap();
    }
    drop(held);
    println!("available {}, closed {}", sem.available_permits(), sem.is_closed());
}

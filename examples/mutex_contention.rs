//! Mutex contention: many tasks, one lock
//!
//! Four workers each take the same `tokio::sync::Mutex` twice and keep it for 5 ms of work. Only one can
//! hold it at a time; the others wait in line, and tokio's Mutex is fair: the lock goes to the task that
//! has waited longest. So the workers get the lock in the order 1 2 3 4 1 2 3 4, 5 ms apart, and a worker
//! that comes back for a second turn queues behind the others. Each line shows how long the worker waited;
//! waiting, not working, is where the time goes once a lock is contended.

use std::sync::Arc;
use tokio::sync::Mutex;
use tokio::time::{Duration, Instant, sleep};

async fn worker(id: u64, lock: Arc<Mutex<u64>>, start: Instant) {
    for round in 1..=2 {
        let asked = Instant::now();
        let mut guard = lock.lock().await;
        *guard += 1;
        println!(
            "[{}ms] worker {} round {}: got the lock after waiting {}ms, count is now {}",
            start.elapsed().as_millis(),
            id,
            round,
            asked.elapsed().as_millis(),
            *guard
        );
        sleep(Duration::from_millis(5)).await;
        drop(guard);
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let lock = Arc::new(Mutex::new(0));
    let mut workers = Vec::new();
    for id in 1..=4 {
        let lock = Arc::clone(&lock);
        workers.push(tokio::spawn(async move {
            worker(id, lock, start).await;
        }));
    }
    for w in workers {
        w.await.unwrap();
    }
    println!("[{}ms] all done, count = {}", start.elapsed().as_millis(), *lock.lock().await);
}

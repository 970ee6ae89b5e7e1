//! A Semaphore limiting a connection pool
//!
//! A database allows two connections, so a `Semaphore` with two permits guards them: a request
//! takes a permit before it talks to the database and gives it back when its permit is dropped.
//! Five requests arrive at once; two get connections, the others wait in line. A report that
//! needs both connections at once asks for two permits: it queues like everyone else, and the
//! semaphore is strictly first come, first served, so the request behind it waits even when one
//! connection is free. Watch the permit slots, who holds each, and the queue with what each
//! waiter asked for.

use std::sync::Arc;
use tokio::sync::Semaphore;
use tokio::time::{Duration, Instant, sleep};

async fn request(id: u64, pool: Arc<Semaphore>, start: Instant) {
    let _connection = pool.acquire().await.unwrap();
    println!("[{:?}] request {id} has a connection", start.elapsed());
    sleep(Duration::from_millis(10 * id)).await;
    println!("[{:?}] request {id} is done", start.elapsed());
}

async fn report(pool: Arc<Semaphore>, start: Instant) {
    let _both = pool.acquire_many(2).await.unwrap();
    println!("[{:?}] the report has both connections", start.elapsed());
    sleep(Duration::from_millis(15)).await;
    println!("[{:?}] the report is done", start.elapsed());
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let pool = Arc::new(Semaphore::new(2));
    let start = Instant::now();
    let mut tasks = Vec::new();
    for id in 1..=3 {
        tasks.push(tokio::spawn(request(id, pool.clone(), start)));
    }
    tasks.push(tokio::spawn(report(pool.clone(), start)));
    for id in 4..=5 {
        tasks.push(tokio::spawn(request(id, pool.clone(), start)));
    }
    for task in tasks {
        task.await.unwrap();
    }
    println!("[{:?}] all done, {} connections free", start.elapsed(), pool.available_permits());
}

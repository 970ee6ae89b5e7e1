//! Owned permits limit how many tasks run at once
//!
//! Each task is spawned with an `OwnedSemaphorePermit` moved into it; at most two run at a time, and each finished task's permit lets the next spawn go ahead.

use std::sync::Arc;
use tokio::sync::Semaphore;
use tokio::time::{Duration, Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let sem = Arc::new(Semaphore::new(2));
    let start = Instant::now();
    let mut handles = Vec::new();
    for job in 0..5u64 {
        let permit = sem.clone().acquire_owned().await.unwrap();
        println!("job {job} starts at {:?}", start.elapsed());
        handles.push(tokio::spawn(async move {
            sleep(Duration::from_millis(10 * (job + 1))).await;
            println!("job {job} done at {:?}", start.elapsed());
            drop(permit);
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
}

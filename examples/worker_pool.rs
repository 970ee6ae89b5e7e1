//! Worker pool: one job queue, several workers
//!
//! Three workers pull jobs from a single mpsc receiver that they share through
//! `Arc<tokio::sync::Mutex<Receiver>>`. A worker locks the receiver only long enough to take one job,
//! then releases it and works on the job, so the others can take the next ones meanwhile. Jobs take
//! different amounts of time, and a worker that finishes early simply comes back for more. When the
//! queue is empty and the sender is gone, every worker gets `None` and stops. Watch the lock on the
//! receiver pass from worker to worker while the jobs run in parallel.

use std::sync::Arc;
use tokio::sync::{Mutex, mpsc};
use tokio::time::{Duration, Instant, sleep};

async fn worker(id: u64, jobs: Arc<Mutex<mpsc::Receiver<u64>>>, start: Instant) -> u64 {
    let mut done = 0;
    loop {
        let job = jobs.lock().await.recv().await;
        match job {
            Some(ms) => {
                println!("[{}ms] worker {} starts a {}ms job", start.elapsed().as_millis(), id, ms);
                sleep(Duration::from_millis(ms)).await;
                done += 1;
            }
            None => {
                println!("[{}ms] worker {} sees an empty, closed queue", start.elapsed().as_millis(), id);
                return done;
            }
        }
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (tx, rx) = mpsc::channel(10);
    let jobs = Arc::new(Mutex::new(rx));

    for ms in vec![30, 10, 10, 20, 5, 5, 15] {
        tx.send(ms).await.unwrap();
    }
    drop(tx);

    let mut workers = Vec::new();
    for id in 1..=3 {
        let jobs = Arc::clone(&jobs);
        workers.push(tokio::spawn(async move { worker(id, jobs, start).await }));
    }
    let mut id = 0;
    for w in workers {
        id += 1;
        println!("worker {} did {} jobs", id, w.await.unwrap());
    }
    println!("[{}ms] all jobs done", start.elapsed().as_millis());
}

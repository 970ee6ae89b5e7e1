//! select!: a worker that stops on a shutdown signal
//!
//! The worker waits on three things at once with `tokio::select!`: a job from the queue, a
//! heartbeat every 40 ms, and the shutdown signal. Whichever is ready first wins; the other
//! branches' futures are dropped, and the loop builds them again. A job's handler runs to the end
//! before the next `select!`; `biased;` then checks shutdown first, so the worker stops with job 6
//! still queued. Watch the worker's lane wait in select! and the readout name the branch that won.

use tokio::sync::{mpsc, oneshot};
use tokio::time::{Duration, Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (jobs, mut queue) = mpsc::channel::<u32>(8);
    let (stop, mut shutdown) = oneshot::channel::<()>();
    let worker = tokio::spawn(async move {
        let mut done = 0;
        loop {
            tokio::select! {
                biased;
                _ = &mut shutdown => {
                    println!("[{:?}] worker: shutdown after {done} jobs", start.elapsed());
                    break;
                }
                Some(job) = queue.recv() => {
                    sleep(Duration::from_millis(25)).await;
                    done += 1;
                    println!("[{:?}] worker: job {job} done", start.elapsed());
                }
                _ = sleep(Duration::from_millis(40)) => {
                    println!("[{:?}] worker: idle heartbeat", start.elapsed());
                }
            }
        }
    });
    for job in 1..=3 {
        jobs.send(job).await.unwrap();
    }
    sleep(Duration::from_millis(160)).await;
    for job in 4..=6 {
        jobs.send(job).await.unwrap();
    }
    sleep(Duration::from_millis(30)).await;
    println!("[{:?}] main: shutting down", start.elapsed());
    stop.send(()).unwrap();
    worker.await.unwrap();
}

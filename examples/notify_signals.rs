//! Notify: waking tasks without sending them anything
//!
//! A `Notify` carries no value, only "something happened". `notify_waiters` wakes everyone waiting
//! right now: here two services that wait for the config to load. `notify_one` wakes one waiter,
//! the oldest, and if nobody is waiting it stores a single permit for the next one. The worker is
//! busy when the second and third jobs are announced, so the two `notify_one` calls leave just one
//! permit: the worker handles job 2 at once, then waits until the last call. Watch the stored
//! permit and the waiters on the Notify card.

use std::sync::Arc;
use tokio::sync::Notify;
use tokio::time::{Duration, Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let config_loaded = Arc::new(Notify::new());
    let mut services = Vec::new();
    for name in ["cache", "logger"] {
        let config_loaded = config_loaded.clone();
        services.push(tokio::spawn(async move {
            config_loaded.notified().await;
            println!("[{:?}] {name} starts with the new config", start.elapsed());
        }));
    }
    let job_ready = Arc::new(Notify::new());
    let worker = {
        let job_ready = job_ready.clone();
        tokio::spawn(async move {
            for job in 1..=3 {
                job_ready.notified().await;
                println!("[{:?}] worker takes job {job}", start.elapsed());
                sleep(Duration::from_millis(20)).await;
            }
        })
    };

    sleep(Duration::from_millis(10)).await;
    println!("[{:?}] config loaded", start.elapsed());
    config_loaded.notify_waiters();
    job_ready.notify_one();
    sleep(Duration::from_millis(5)).await;
    println!("[{:?}] jobs 2 and 3 announced while the worker is busy", start.elapsed());
    job_ready.notify_one();
    job_ready.notify_one();
    sleep(Duration::from_millis(60)).await;
    println!("[{:?}] job 3 announced again", start.elapsed());
    job_ready.notify_one();
    for s in services {
        s.await.unwrap();
    }
    worker.await.unwrap();
}

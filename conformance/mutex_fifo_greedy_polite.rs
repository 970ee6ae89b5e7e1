//! tokio Mutex: strictly FIFO, an unlock hands the lock to the oldest waiter
//!
//! The greedy task holds the lock for 10 ms, releases it and immediately asks again, three times. The
//! polite task asked while greedy held it, so it is next in line: unlocking hands the lock straight to
//! polite, and greedy's new request queues behind it. Order: greedy, polite, greedy, greedy.

use std::sync::Arc;
use tokio::sync::Mutex;
use tokio::time::{Duration, Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let m = Arc::new(Mutex::new(0));

    let g = Arc::clone(&m);
    let greedy = tokio::spawn(async move {
        for i in 1..=3 {
            let mut guard = g.lock().await;
            *guard += 1;
            println!("[{}ms] greedy holds the lock ({})", start.elapsed().as_millis(), i);
            sleep(Duration::from_millis(10)).await;
            drop(guard);
        }
    });
    let p = Arc::clone(&m);
    let polite = tokio::spawn(async move {
        sleep(Duration::from_millis(1)).await;
        println!("[{}ms] polite asks for the lock", start.elapsed().as_millis());
        let mut guard = p.lock().await;
        *guard += 1;
        println!("[{}ms] polite holds the lock", start.elapsed().as_millis());
    });
    greedy.await.unwrap();
    polite.await.unwrap();
}

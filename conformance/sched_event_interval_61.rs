//! Scheduling: main gets a turn after 61 task polls (event_interval)
//!
//! Seventy tasks are queued and the first one wakes main. Main is not polled when the queue drains (it
//! never does in between) but after 61 task polls, when the scheduler does its periodic maintenance:
//! main sees the count of tasks that have run at that moment. The rest run afterwards.

use std::sync::{Arc, Mutex};
use tokio::sync::oneshot;
use tokio::time::{Duration, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let count = Arc::new(Mutex::new(0));
    let (tx, rx) = oneshot::channel();

    let c = Arc::clone(&count);
    tokio::spawn(async move {
        *c.lock().unwrap() += 1;
        tx.send(0).unwrap();
    });
    for _ in 1..70 {
        let c = Arc::clone(&count);
        tokio::spawn(async move {
            *c.lock().unwrap() += 1;
        });
    }

    rx.await.unwrap();
    println!("main woken by task 0 runs after {} tasks", *count.lock().unwrap());
    sleep(Duration::from_millis(1)).await;
    println!("in the end {} tasks ran", *count.lock().unwrap());
}

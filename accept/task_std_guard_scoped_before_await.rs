//! A std `MutexGuard` that ends with its block before `.await` in a task
//!
//! The guard is not `Send`, but its block closes before the sleep, so the task may be spawned.

use std::sync::{Arc, Mutex};
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let log = Arc::new(Mutex::new(Vec::new()));
    let log2 = Arc::clone(&log);
    let h = tokio::spawn(async move {
        {
            let mut g = log2.lock().unwrap();
            g.push(String::from("start"));
        }
        sleep(Duration::from_millis(2)).await;
        log2.lock().unwrap().push(String::from("end"));
    });
    h.await.unwrap();
    println!("{:?}", log.lock().unwrap());
}

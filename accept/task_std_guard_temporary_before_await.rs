//! A std `MutexGuard` used only as a statement temporary in a spawned task
//!
//! `*hits.lock().unwrap() += 1;` releases the guard at the `;`, so it is not held across the `.await` that follows.

use std::sync::{Arc, Mutex};
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let hits = Arc::new(Mutex::new(0));
    let mut handles = Vec::new();
    for i in 0..2 {
        let hits = Arc::clone(&hits);
        handles.push(tokio::spawn(async move {
            *hits.lock().unwrap() += 1;
            sleep(Duration::from_millis(i)).await;
            let now = *hits.lock().unwrap();
            sleep(Duration::from_millis(i)).await;
            now
        }));
    }
    for h in handles {
        println!("{}", h.await.unwrap());
    }
    println!("{}", *hits.lock().unwrap());
}

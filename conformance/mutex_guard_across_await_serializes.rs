//! tokio Mutex: a guard held across .await serializes its holders
//!
//! Three tasks lock the same Mutex and sleep 10 ms with the guard alive. Each waits for the previous
//! holder, so they finish at 10, 20 and 30 ms.

use std::sync::Arc;
use tokio::sync::Mutex;
use tokio::time::{Duration, Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let m = Arc::new(Mutex::new(0));
    let mut handles = Vec::new();
    for id in 1..=3 {
        let m = Arc::clone(&m);
        handles.push(tokio::spawn(async move {
            let mut guard = m.lock().await;
            sleep(Duration::from_millis(10)).await;
            *guard += 1;
            println!("[{}ms] task {} done", start.elapsed().as_millis(), id);
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
}

//! tokio Mutex held across .await: holders take turns
//!
//! Three tasks each lock a `tokio::sync::Mutex` and then sleep 10 ms. In the first round the guard is
//! still alive during the sleep, so the tasks run one after another and finish at 10, 20 and 30 ms: the
//! lock turns the sleeps into a queue. In the second round each task drops the guard before sleeping, so
//! all three sleeps overlap and end together, 10 ms later. Holding a tokio Mutex across `.await` is
//! allowed and safe, but the lock is held for the whole wait; watch the waiters line up in round one.

use std::sync::Arc;
use tokio::sync::Mutex;
use tokio::time::{Duration, Instant, sleep};

async fn round(hold_during_sleep: bool, shared: Arc<Mutex<u64>>, start: Instant) {
    let mut handles = Vec::new();
    for id in 1..=3 {
        let shared = Arc::clone(&shared);
        handles.push(tokio::spawn(async move {
            let mut guard = shared.lock().await;
            *guard += 1;
            if !hold_during_sleep {
                drop(guard);
                sleep(Duration::from_millis(10)).await;
            } else {
                sleep(Duration::from_millis(10)).await;
                drop(guard);
            }
            println!("[{}ms] task {} done", start.elapsed().as_millis(), id);
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let shared = Arc::new(Mutex::new(0));
    println!("round 1: guard held across the sleep");
    round(true, Arc::clone(&shared), start).await;
    println!("round 2: guard dropped before the sleep");
    round(false, Arc::clone(&shared), start).await;
    println!("[{}ms] the lock was taken {} times", start.elapsed().as_millis(), *shared.lock().await);
}

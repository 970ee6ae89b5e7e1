//! A queued writer blocks new readers: tokio's RwLock is fair
//!
//! Two readers hold the lock; a writer asks and waits; a third reader that asks after the writer waits behind it, although only readers hold the lock.

use std::sync::Arc;
use tokio::sync::RwLock;
use tokio::time::{Duration, Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let config = Arc::new(RwLock::new(String::from("v1")));
    let start = Instant::now();
    let mut tasks = Vec::new();
    for r in 1..=2u64 {
        let config = config.clone();
        tasks.push(tokio::spawn(async move {
            let c = config.read().await;
            println!("[{:?}] reader {r} reads {}", start.elapsed(), *c);
            sleep(Duration::from_millis(10 * r)).await;
        }));
    }
    {
        let config = config.clone();
        tasks.push(tokio::spawn(async move {
            sleep(Duration::from_millis(1)).await;
            let mut c = config.write().await;
            *c = String::from("v2");
            println!("[{:?}] writer writes {}", start.elapsed(), *c);
            sleep(Duration::from_millis(5)).await;
        }));
    }
    {
        let config = config.clone();
        tasks.push(tokio::spawn(async move {
            sleep(Duration::from_millis(2)).await;
            let c = config.read().await;
            println!("[{:?}] late reader reads {}", start.elapsed(), *c);
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    println!("final {}", *config.read().await);
}

//! Shared state: the counter behind Arc<Mutex<u64>>
//!
//! The same counter as in `actor_counter.rs`, done the other way: the state sits in an
//! `Arc<Mutex<u64>>` and every task that wants to change it takes the lock for a moment. The three
//! clients add at the same paces as before and the program prints exactly the same lines, so the two
//! designs cannot be told apart from outside. Inside they differ: here there is no actor task and no
//! message queue, just a lock that each client holds for one statement, `*counter.lock().await += n;`,
//! and releases at its semicolon. Watch the lock flash from holder to holder without anyone waiting.

use std::sync::Arc;
use tokio::sync::Mutex;
use tokio::time::{Duration, Instant, sleep};

async fn client(id: u64, counter: Arc<Mutex<u64>>, start: Instant) {
    for _ in 0..3 {
        sleep(Duration::from_millis(id)).await;
        *counter.lock().await += id * 10;
        println!("[{}ms] client {}: add {}", start.elapsed().as_millis(), id, id * 10);
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let counter = Arc::new(Mutex::new(0));

    let mut clients = Vec::new();
    for id in 1..=3 {
        let counter = Arc::clone(&counter);
        clients.push(tokio::spawn(async move {
            client(id, counter, start).await;
        }));
    }
    for c in clients {
        c.await.unwrap();
    }

    let total = *counter.lock().await;
    println!("[{}ms] total: {}", start.elapsed().as_millis(), total);
    *counter.lock().await = 0;
    let total = *counter.lock().await;
    println!("[{}ms] after reset: {}", start.elapsed().as_millis(), total);
}

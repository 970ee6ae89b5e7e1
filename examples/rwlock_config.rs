//! RwLock for a read-mostly config
//!
//! Many tasks read the config and one task sometimes changes it, so an `RwLock` lets the readers
//! in together while a writer gets the lock alone. Tokio's RwLock is fair: once the reloader asks
//! to write, readers that come after it wait behind it, so a steady stream of readers can never
//! starve the writer. Watch the readers share the lock, the writer wait for them to finish, and
//! the late readers queue behind the writer.

use std::sync::Arc;
use tokio::sync::RwLock;
use tokio::time::{Duration, Instant, sleep};

async fn handle_request(id: u64, config: Arc<RwLock<String>>, start: Instant) {
    sleep(Duration::from_millis(4 * id)).await;
    let config = config.read().await;
    println!("[{:?}] request {id} reads {}", start.elapsed(), *config);
    sleep(Duration::from_millis(10)).await;
}

async fn reload(config: Arc<RwLock<String>>, start: Instant) {
    sleep(Duration::from_millis(6)).await;
    println!("[{:?}] the reloader asks to write", start.elapsed());
    let mut config = config.write().await;
    *config = String::from("timeout=5s");
    println!("[{:?}] the reloader writes {}", start.elapsed(), *config);
    sleep(Duration::from_millis(3)).await;
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let config = Arc::new(RwLock::new(String::from("timeout=1s")));
    let start = Instant::now();
    let mut tasks = Vec::new();
    for id in 0..4 {
        tasks.push(tokio::spawn(handle_request(id, config.clone(), start)));
    }
    tasks.push(tokio::spawn(reload(config.clone(), start)));
    for task in tasks {
        task.await.unwrap();
    }
    println!("[{:?}] final config: {}", start.elapsed(), *config.read().await);
}

//! Tasks sharing a counter through `Arc<Mutex<..>>` clones
//!
//! Each `async move` task owns its own `Arc` clone and locks the tokio mutex; `main` reads the total after joining them.

use std::sync::Arc;
use tokio::sync::Mutex;
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let counter = Arc::new(Mutex::new(0u32));
    let mut handles = Vec::new();
    for i in 1..=3 {
        let counter = counter.clone();
        handles.push(tokio::spawn(async move {
            sleep(Duration::from_millis(i)).await;
            let mut g = counter.lock().await;
            *g += 1;
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
    println!("total {}", *counter.lock().await);
}

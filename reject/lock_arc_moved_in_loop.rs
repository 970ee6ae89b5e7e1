//! Forgetting to clone the Arc for each task
//!
//! The loop moves `counter` itself into the first task; the second iteration has no `counter` to
//! move. rustc reports E0382, "use of moved value: `counter`" ("value moved here, in previous
//! iteration of loop"). Clone the `Arc` at the top of the loop body.

use std::sync::Arc;
use tokio::sync::Mutex;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let counter = Arc::new(Mutex::new(0));
    let mut handles = Vec::new();
    for _ in 0..4 {
        handles.push(tokio::spawn(async move {
            *counter.lock().await += 1;
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
}

//! Using `Arc` without importing it
//!
//! `Arc` is not in the prelude; it needs `use std::sync::Arc;`. rustc reports E0433, "cannot find
//! type `Arc` in this scope".

use tokio::sync::Mutex;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let counter = Arc::new(Mutex::new(0));
    let c = counter.clone();
    tokio::spawn(async move {
        *c.lock().await += 1;
    })
    .await
    .unwrap();
    println!("{}", counter.lock().await);
}

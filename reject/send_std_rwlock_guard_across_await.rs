//! A std `RwLock` read guard held across an `.await` in a spawned task: not `Send`
//!
//! `std::sync::RwLockReadGuard` must be released on the thread that took it, so it is not
//! `Send`; a task that keeps one across an `.await` has a future that is not `Send`, and
//! `tokio::spawn` requires one: rustc says "future cannot be sent between threads safely", with
//! no error code. Copy what you need out of the guard and drop it first, or use
//! `tokio::sync::RwLock`.

use std::sync::{Arc, RwLock};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let config = Arc::new(RwLock::new(vec!["a".to_string()]));
    let c = Arc::clone(&config);
    let task = tokio::spawn(async move {
        let names = c.read().unwrap();
        tokio::task::yield_now().await;
        println!("{}", names.len());
    });
    task.await.unwrap();
}

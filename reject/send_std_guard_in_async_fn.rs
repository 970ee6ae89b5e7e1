//! Spawning an async fn that holds a std MutexGuard across `.await`
//!
//! `bump` locks a `std::sync::Mutex` and sleeps while holding the guard, so the future it returns is
//! not `Send`, and `tokio::spawn(bump(..))` refuses it. rustc reports "future cannot be sent between
//! threads safely" (no error code).

use std::sync::{Arc, Mutex};
use tokio::time::{sleep, Duration};

async fn bump(counter: Arc<Mutex<u32>>) {
    let mut n = counter.lock().unwrap();
    sleep(Duration::from_millis(10)).await;
    *n += 1;
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let counter = Arc::new(Mutex::new(0));
    tokio::spawn(bump(Arc::clone(&counter))).await.unwrap();
    println!("{}", counter.lock().unwrap());
}

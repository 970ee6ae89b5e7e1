//! Dropping the Arc while its guard is alive
//!
//! `guard` borrows from `shared` (the guard points into the mutex that `shared` owns), so `shared`
//! cannot be moved into `drop` while the guard is still used. rustc reports E0505, "cannot move out
//! of `shared` because it is borrowed".

use std::sync::Arc;
use tokio::sync::Mutex;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let shared = Arc::new(Mutex::new(String::from("state")));
    let guard = shared.lock().await;
    drop(shared);
    println!("{}", *guard);
}

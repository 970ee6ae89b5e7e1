//! `lock_owned` moves the `Arc` into the guard
//!
//! `lock_owned` takes `self: Arc<Self>`, so calling it on `shared` moves `shared` into the
//! `OwnedMutexGuard`; using `shared` afterwards is E0382. Call it on a clone:
//! `shared.clone().lock_owned()`.

use std::sync::Arc;
use tokio::sync::Mutex;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let shared = Arc::new(Mutex::new(0));
    let mut guard = shared.lock_owned().await;
    *guard += 1;
    drop(guard);
    println!("{}", *shared.lock().await);
}

//! `acquire_owned` takes the `Arc` by value
//!
//! `acquire_owned(self: Arc<Self>)` consumes the `Arc` it is called on, so `sem` is gone
//! afterwards. rustc reports E0382; clone the `Arc` first (`sem.clone().acquire_owned()`).

use std::sync::Arc;
use tokio::sync::Semaphore;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let sem = Arc::new(Semaphore::new(2));
    let permit = sem.acquire_owned().await.unwrap();
    println!("{} left", sem.available_permits());
    drop(permit);
}

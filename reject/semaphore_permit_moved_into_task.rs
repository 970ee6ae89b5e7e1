//! Moving a `SemaphorePermit` into a spawned task
//!
//! `s.acquire()` gives a permit that borrows the semaphore (through the `Arc` `s`); a spawned task
//! must be `'static`, so it cannot take a borrow of `main`'s local. rustc reports E0597 "`s`
//! does not live long enough". Use `s.clone().acquire_owned()`, whose `OwnedSemaphorePermit`
//! owns an `Arc` of the semaphore.

use std::sync::Arc;
use tokio::sync::Semaphore;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let s = Arc::new(Semaphore::new(2));
    let permit = s.acquire().await.unwrap();
    tokio::spawn(async move {
        println!("working");
        drop(permit);
    })
    .await
    .unwrap();
}

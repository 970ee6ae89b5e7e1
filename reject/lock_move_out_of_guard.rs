//! Moving the protected Vec out of a tokio MutexGuard
//!
//! `*guard` is the `Vec` inside the mutex, which the guard only borrows; `let batch = *guard;`
//! would move it out. rustc reports E0507, "cannot move out of dereference of
//! `tokio::sync::MutexGuard<'_, Vec<String>>`". Use `std::mem::take(&mut *guard)` or clone.

use std::sync::Arc;
use tokio::sync::Mutex;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let inbox = Arc::new(Mutex::new(vec![String::from("m1"), String::from("m2")]));
    let drain = Arc::clone(&inbox);
    let task = tokio::spawn(async move {
        let guard = drain.lock().await;
        let batch = *guard;
        println!("draining {} messages", batch.len());
    });
    task.await.unwrap();
}

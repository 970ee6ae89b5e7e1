//! A `map` closure that panics releases the lock
//!
//! `MutexGuard::map` takes the guard, then calls the closure; an out-of-bounds index in
//! the closure panics there (at the indexing), the task ends, and the guard it took is
//! dropped while unwinding, so the lock is free again: the next `lock()` does not wait,
//! and the value is unchanged. The `JoinHandle` reports the panic.

use std::sync::Arc;
use tokio::sync::{Mutex, MutexGuard};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let slots = Arc::new(Mutex::new(vec![10, 20]));
    let worker_slots = Arc::clone(&slots);
    let worker = tokio::spawn(async move {
        let guard = worker_slots.lock().await;
        println!("worker locked {:?}", *guard);
        let mut third = MutexGuard::map(guard, |v| &mut v[2]);
        *third += 1;
    });
    let result = worker.await;
    println!("worker panicked: {}", result.unwrap_err().is_panic());
    println!("free again: {}", slots.try_lock().is_ok());
    let mut first = MutexGuard::map(slots.lock().await, |v| &mut v[0]);
    *first += 1;
    drop(first);
    println!("{:?}", *slots.lock().await);
}

//! Moving a field out of a MutexGuard
//!
//! The guard only lends the state; `let pending = guard.pending;` tries to move the `Vec` out of
//! the mutex. rustc reports E0507, "cannot move out of dereference of `MutexGuard<'_, State>`".
//! `std::mem::take(&mut guard.pending)` would leave an empty `Vec` behind.

use std::sync::Arc;
use tokio::sync::Mutex;

struct State {
    pending: Vec<u32>,
    done: u32,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let state = Arc::new(Mutex::new(State { pending: vec![1, 2, 3], done: 0 }));
    let worker = Arc::clone(&state);
    tokio::spawn(async move {
        let guard = worker.lock().await;
        let pending = guard.pending;
        println!("{} pending, {} done", pending.len(), guard.done);
    })
    .await
    .unwrap();
    println!("{}", state.lock().await.done);
}

//! std::sync::Mutex across .await: the runtime thread deadlocks
//!
//! Main locks a `std::sync::Mutex` and, while still holding the guard, sleeps. During that sleep the
//! runtime runs the spawned task, which calls `lock()` on the same mutex. A std Mutex does not know about
//! tasks: `lock()` blocks the whole thread, and on a current_thread runtime that thread is the one that
//! would have to resume main to release the guard. Nothing can ever run again, even though main's timer
//! is due at 10 ms: the program hangs. This is the expected outcome; use `tokio::sync::Mutex`, or drop the
//! guard before the `.await`.

use std::sync::{Arc, Mutex};
use tokio::time::{Duration, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let data = Arc::new(Mutex::new(0));

    let data2 = Arc::clone(&data);
    let task = tokio::spawn(async move {
        println!("task: locking the std mutex...");
        let mut guard = data2.lock().unwrap();
        *guard += 1;
        println!("task: got it (never printed)");
    });

    let mut guard = data.lock().unwrap();
    *guard += 1;
    println!("main: locked, now sleeping with the guard held");
    sleep(Duration::from_millis(10)).await;
    println!("main: woke up (never printed)");
    drop(guard);
    task.await.unwrap();
}

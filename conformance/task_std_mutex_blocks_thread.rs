//! Tasks: a blocking std::sync::Mutex::lock hangs the only runtime thread, even with a timer pending
//!
//! Main holds a std Mutex guard across a 10 ms sleep; the task runs meanwhile and calls `lock()`,
//! which blocks the thread. Main's timer is due, but no thread is left to fire it: the program hangs.

use std::sync::{Arc, Mutex};
use tokio::time::{Duration, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let m = Arc::new(Mutex::new(0));
    let m2 = Arc::clone(&m);
    tokio::spawn(async move {
        println!("task calls lock()");
        *m2.lock().unwrap() += 1;
        println!("task: never printed");
    });
    let mut guard = m.lock().unwrap();
    *guard += 1;
    println!("main sleeps holding the std guard");
    sleep(Duration::from_millis(10)).await;
    println!("main: never printed");
    drop(guard);
}

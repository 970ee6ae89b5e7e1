//! Coop budget: Mutex::lock takes the permit before checking the budget
//!
//! Main locks an uncontended tokio Mutex 300 times in a row. The 129th lock is granted, but the budget
//! is spent, so main yields while already owning the lock; the observer queues behind it and first
//! sees 129 (not 128), then 258.

use std::sync::Arc;
use tokio::sync::Mutex;
use tokio::task::yield_now;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let m = Arc::new(Mutex::new(0));
    let m2 = Arc::clone(&m);
    let observer = tokio::spawn(async move {
        let mut last = 0;
        loop {
            let v = *m2.lock().await;
            if v != last {
                println!("observer sees {}", v);
                last = v;
            }
            if v == 300 {
                break;
            }
            yield_now().await;
        }
    });
    for _ in 0..300 {
        *m.lock().await += 1;
    }
    println!("main locked 300 times");
    observer.await.unwrap();
}

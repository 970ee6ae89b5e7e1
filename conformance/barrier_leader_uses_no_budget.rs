//! Barrier: a leader's `wait()` uses no cooperative budget
//!
//! With `Barrier::new(1)` every `wait()` leads and returns at once without touching the task's budget of 128, so 300 of them run in one poll and the ticker next sees them all.

use std::sync::{Arc, Mutex};
use tokio::sync::Barrier;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let count = Arc::new(Mutex::new(0));
    let seen = count.clone();
    let ticker = tokio::spawn(async move {
        for _ in 0..3 {
            println!("ticker sees {}", *seen.lock().unwrap());
            tokio::task::yield_now().await;
        }
    });
    let c = count.clone();
    let busy = tokio::spawn(async move {
        let barrier = Barrier::new(1);
        let mut leaders = 0;
        for _ in 0..300 {
            if barrier.wait().await.is_leader() {
                leaders += 1;
            }
            *c.lock().unwrap() += 1;
        }
        println!("busy done: {leaders} leaders");
    });
    busy.await.unwrap();
    ticker.await.unwrap();
}

//! `add_permits` hands permits to the waiters in order, partly filling a waiter that needs more
//!
//! A needs 1, B needs 2, C needs 1, all on an empty semaphore. Each permit added goes to the oldest waiter; B is woken only when its second permit arrives, and C only after B.

use std::sync::Arc;
use tokio::sync::Semaphore;
use tokio::task::yield_now;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let sem = Arc::new(Semaphore::new(0));
    let mut handles = Vec::new();
    for (name, n) in [("A", 1u32), ("B", 2), ("C", 1)] {
        let sem = sem.clone();
        handles.push(tokio::spawn(async move {
            let p = sem.acquire_many(n).await.unwrap();
            println!("{name} got {}", p.num_permits());
            p.forget();
        }));
        yield_now().await;
    }
    for step in 1..=4 {
        sem.add_permits(1);
        println!("added permit {step}, available {}", sem.available_permits());
        yield_now().await;
        yield_now().await;
    }
    for h in handles {
        h.await.unwrap();
    }
}

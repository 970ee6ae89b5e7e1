//! `consume_budget` yields every 128 units; `unconstrained` takes none
//!
//! A loop of `consume_budget().await` on its own never yields to the runtime until the task's budget of 128 is spent, then yields once and gets a new budget. The same loop inside `unconstrained(..)` runs to the end in one poll, so the ticker only gets its turn afterwards.

use std::sync::{Arc, Mutex};
use tokio::task::{consume_budget, unconstrained};

async fn spin(n: usize, done: Arc<Mutex<usize>>) {
    for _ in 0..n {
        consume_budget().await;
        *done.lock().unwrap() += 1;
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let done = Arc::new(Mutex::new(0usize));
    let ticker = {
        let done = done.clone();
        tokio::spawn(async move {
            for _ in 0..4 {
                println!("ticker sees {}", *done.lock().unwrap());
                tokio::task::yield_now().await;
            }
        })
    };
    spin(300, done.clone()).await;
    println!("constrained loop done");
    ticker.await.unwrap();
    *done.lock().unwrap() = 0;
    let ticker = {
        let done = done.clone();
        tokio::spawn(async move {
            println!("second ticker sees {}", *done.lock().unwrap());
        })
    };
    unconstrained(spin(300, done.clone())).await;
    println!("unconstrained loop done, budget left: {}", tokio::task::coop::has_budget_remaining());
    ticker.await.unwrap();
}

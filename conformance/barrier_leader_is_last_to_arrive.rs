//! Barrier: the last task to arrive leads, and passes first
//!
//! Three tasks reach a `Barrier::new(3)` at 1, 2 and 3 ms. The third is the leader: its `wait()` returns at once with `is_leader()` true and wakes the other two, which pass at the same instant (real Tokio wakes them in a random order, so they print after different sleeps). The barrier then gathers a second generation. `Barrier::new(0)` lets every task through as a leader.

use std::sync::Arc;
use tokio::sync::Barrier;
use tokio::time::{Duration, Instant, sleep};

async fn worker(id: u64, barrier: Arc<Barrier>, start: Instant) {
    for round in 1..=2 {
        sleep(Duration::from_millis(id)).await;
        println!("worker {id} arrives for round {round} at {:?}", start.elapsed());
        let result = barrier.wait().await;
        if result.is_leader() {
            println!("worker {id} leads round {round} at {:?}: {result:?}", start.elapsed());
        } else {
            sleep(Duration::from_millis(10 * id)).await;
            println!("worker {id} passed round {round}, {:?} later at {:?}", result, start.elapsed());
        }
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let barrier = Arc::new(Barrier::new(3));
    let mut handles = Vec::new();
    for id in 1..=3 {
        handles.push(tokio::spawn(worker(id, barrier.clone(), start)));
    }
    for h in handles {
        h.await.unwrap();
    }
    let gate = Barrier::new(0);
    let a = gate.wait().await;
    let b = gate.wait().await.clone();
    println!("Barrier::new(0): {} {}", a.is_leader(), b.is_leader());
}

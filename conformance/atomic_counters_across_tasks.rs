//! Atomics shared between tasks through an `Arc`
//!
//! Every clone of an `Arc<AtomicUsize>` is the same counter: tasks add to it with `fetch_add`, which returns the value before. Arithmetic wraps at the type's width (`fetch_sub` below zero of an `AtomicU32`), `compare_exchange` succeeds only from the expected value, and `Debug` prints the value.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU32, AtomicUsize, Ordering};
use tokio::time::{Duration, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let hits = Arc::new(AtomicUsize::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let mut handles = Vec::new();
    for i in 0..3 {
        let hits = hits.clone();
        let stop = stop.clone();
        handles.push(tokio::spawn(async move {
            let mut rounds = 0;
            while !stop.load(Ordering::Acquire) {
                let before = hits.fetch_add(i + 1, Ordering::SeqCst);
                println!("task {i} saw {before}");
                rounds += 1;
                sleep(Duration::from_millis(10)).await;
            }
            rounds
        }));
    }
    sleep(Duration::from_millis(25)).await;
    stop.store(true, Ordering::Release);
    for h in handles {
        println!("rounds {}", h.await.unwrap());
    }
    println!("{} {:?}", hits.load(Ordering::Relaxed), hits);

    let small = AtomicU32::new(0);
    println!("{} {}", small.fetch_sub(1, Ordering::SeqCst), small.load(Ordering::SeqCst));
    let big = AtomicI64::new(-5);
    println!("{} {} {}", big.fetch_max(3, Ordering::SeqCst), big.swap(9, Ordering::SeqCst), big.into_inner());
    let flag = AtomicBool::new(false);
    let first = flag.compare_exchange(false, true, Ordering::AcqRel, Ordering::Acquire);
    let second = flag.compare_exchange(false, true, Ordering::AcqRel, Ordering::Acquire);
    println!("{:?} {:?} {}", first, second, flag.fetch_not(Ordering::SeqCst));
}

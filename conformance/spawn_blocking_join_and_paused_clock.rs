//! spawn_blocking: a closure on a blocking thread, awaited like a task, holds the paused clock
//!
//! `tokio::task::spawn_blocking` runs a plain (not async) closure on a thread of the blocking
//! pool; its `JoinHandle` is awaited like a task's and gives the closure's value, or a
//! `JoinError` whose `is_panic()` is true when the closure panicked (the panic message names the
//! pool's thread, `tokio-rt-worker`). While a blocking task is unfinished the paused clock
//! does not auto-advance (Tokio's blocking scheduler inhibits it from spawn to completion), so a
//! one-second `timeout` around a blocking task never elapses and a sleeping task only wakes once
//! the blocking task is done: virtual time stays at zero until then.

use std::time::Duration;
use tokio::task::spawn_blocking;
use tokio::time::{Instant, sleep, timeout};

fn fib(n: u64) -> u64 {
    if n < 2 { n } else { fib(n - 1) + fib(n - 2) }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let h = spawn_blocking(|| fib(20));
    let v = h.await.unwrap();
    println!("fib(20) = {v}");

    let words = vec!["blocking", "pool", "thread"];
    let total = spawn_blocking(move || words.iter().map(|w| w.len()).sum::<usize>()).await.unwrap();
    println!("letters: {total}");

    let held = timeout(Duration::from_secs(1), spawn_blocking(|| fib(15))).await;
    println!("timeout around a blocking task: {held:?}, at {:?}", start.elapsed());

    let sleeper = tokio::spawn(async move {
        sleep(Duration::from_millis(10)).await;
        println!("sleeper woke at {:?}", start.elapsed());
    });
    let n = spawn_blocking(|| (1..=100u32).sum::<u32>()).await.unwrap();
    println!("sum = {n} at {:?}", start.elapsed());
    sleeper.await.unwrap();

    let failed = spawn_blocking(|| -> u32 { panic!("no answer") }).await;
    match failed {
        Ok(v) => println!("unexpected {v}"),
        Err(e) => println!("is_panic = {}", e.is_panic()),
    }
    println!("done at {:?}", start.elapsed());
}

//! An async closure that changes what it captures
//!
//! `async || { n += 1; }` borrows `n` mutably (it is an `AsyncFnMut`): each call's future changes
//! `n` itself when it is awaited, and `n` can be read again once the closure is no longer used.
//! An `async move` closure owns its captures, so what one call leaves the next call sees, and
//! the variable it was copied from is unchanged. A call's future dropped before it finished
//! (the losing branch of a `select!`, a `timeout` that elapsed) leaves what it wrote so far; a
//! pinned one keeps its progress between polls.

use std::time::Duration;
use tokio::time::{Instant, sleep};

async fn twice<F: AsyncFnMut(u32)>(mut f: F) {
    f(1).await;
    f(2).await;
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let mut hits = 0;
    let mut hit = async || {
        hits += 1;
    };
    hit().await;
    hit().await;
    println!("hits = {hits}");

    let ticker = tokio::spawn(async move {
        for i in 0..3 {
            println!("ticker {i} at {}ms", start.elapsed().as_millis());
            sleep(Duration::from_millis(7)).await;
        }
    });
    let mut log: Vec<String> = Vec::new();
    let mut record = async |what: &str| {
        sleep(Duration::from_millis(10)).await;
        log.push(format!("{what} at {}ms", start.elapsed().as_millis()));
    };
    record("first").await;
    record("second").await;
    println!("{:?}", log);
    ticker.await.unwrap();

    let mut budget = 10;
    let mut spend = async move || {
        budget -= 3;
        println!("left inside: {budget}");
    };
    spend().await;
    spend().await;
    println!("budget outside: {budget}");

    let mut steps = 0;
    let mut slow = async || {
        steps += 1;
        sleep(Duration::from_millis(100)).await;
        steps += 10;
    };
    tokio::select! {
        _ = slow() => println!("slow finished"),
        _ = sleep(Duration::from_millis(50)) => println!("timer won"),
    }
    slow().await;
    println!("steps = {steps}");

    // A timed-out call, and a pinned call polled by a `select!` then
    // awaited to the end.
    let mut seen: Vec<u32> = Vec::new();
    let mut slow_push = async |x: u32| {
        seen.push(x);
        sleep(Duration::from_millis(100)).await;
        seen.push(x * 10);
    };
    let r = tokio::time::timeout(Duration::from_millis(10), slow_push(1)).await;
    println!("timed out: {}", r.is_err());
    {
        let mut pinned = std::pin::pin!(slow_push(3));
        tokio::select! {
            _ = &mut pinned => println!("pinned finished first"),
            _ = sleep(Duration::from_millis(5)) => println!("timer first"),
        }
        pinned.await;
    }
    println!("seen {:?}", seen);

    let mut total = 0;
    twice(async |x| {
        total += x;
    })
    .await;
    println!("total = {total}");
}

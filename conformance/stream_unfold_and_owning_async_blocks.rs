//! futures' `stream::unfold`, and an async block that changes a variable it also moves
//!
//! `unfold(state, f)` is a stream whose next item comes from awaiting `f(state)`: `Some((item,
//! next_state))` gives `item` and keeps `next_state` for the next call, `None` ends the stream.
//! Nothing runs until the stream is polled, and each call's future runs to its item before the
//! next call starts. It adapts and merges like any stream (tokio-stream's `merge` alternates
//! which side it polls first).
//! A non-`move` async block that moves a captured variable captures it by value, so it may also
//! change it (`c.n += 1`, `v.push(..)`) before moving it: the block owns its own copy.

use futures::stream::unfold;
use std::time::Duration;
use tokio::time::{Instant, sleep};
use tokio_stream::StreamExt;

struct Counter {
    n: u32,
    log: Vec<u32>,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let squares = unfold(0u32, |n| async move {
        if n == 4 {
            return None;
        }
        sleep(Duration::from_millis(10)).await;
        println!("  computed {n} at {:?}", start.elapsed());
        Some((n * n, n + 1))
    });
    println!("nothing ran yet");
    let all: Vec<u32> = squares.collect().await;
    println!("squares {all:?} after {:?}", start.elapsed());

    let counter = Counter { n: 0, log: Vec::new() };
    let counts = unfold(counter, |mut c| async {
        c.n += 1;
        c.log.push(c.n * 10);
        if c.n > 3 {
            println!("  last state: {:?}", c.log);
            return None;
        }
        Some((c.n, c))
    });
    let mut counts = std::pin::pin!(counts);
    while let Some(n) = counts.next().await {
        println!("count {n}");
    }

    let doubling = unfold(1u64, |ms| async move {
        sleep(Duration::from_millis(ms)).await;
        Some((ms, ms * 2))
    });
    let merged = doubling.map(|ms| format!("slept {ms} ms")).merge(tokio_stream::iter(vec!["a".to_string(), "b".to_string()])).take(5);
    let mut merged = std::pin::pin!(merged);
    while let Some(v) = merged.next().await {
        println!("merged: {v} (at {:?})", start.elapsed());
    }

    let mut v = vec![1];
    let owner = async {
        v.push(2);
        tokio::task::yield_now().await;
        v.push(3);
        v
    };
    println!("the block's own vec: {:?}", owner.await);
}

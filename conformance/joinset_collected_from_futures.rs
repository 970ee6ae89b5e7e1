//! A `JoinSet` collected from an iterator of futures
//!
//! `collect()` into a `JoinSet` spawns each future as the iterator yields it (the closure that
//! makes it runs first); `join_next` then hands results back in completion order. An array's
//! `into_iter()` yields its elements by value (Rust 2021).
use std::time::Duration;
use tokio::task::JoinSet;
use tokio::time::sleep;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut set: JoinSet<u64> = [30u64, 10, 20]
        .into_iter()
        .map(|ms| {
            println!("making {ms}");
            async move {
                sleep(Duration::from_millis(ms)).await;
                ms
            }
        })
        .collect();
    println!("{} tasks", set.len());
    while let Some(res) = set.join_next().await {
        println!("done {}", res.unwrap());
    }
    let mut untyped: JoinSet<_> = (0..3).map(|i| async move { i * 2 }).collect();
    let mut sum = 0;
    while let Some(res) = untyped.join_next().await {
        sum += res.unwrap();
    }
    println!("sum {sum}");
}

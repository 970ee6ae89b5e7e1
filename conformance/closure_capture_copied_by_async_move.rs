//! A `Copy` variable a closure reads, copied into an `async move` block meanwhile
//!
//! `record` captures `start` by `&` (it only reads it) and `log` by `&mut`. An `async move` block
//! spawned while `record` is still in use copies `start` (an `Instant` is `Copy`), which leaves
//! `start` where it is: `record` and the spawned task both read the same instant, and `record`'s
//! writes to `log` still land in `log`. The same for an async closure.

use std::time::Duration;
use tokio::time::{Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let limit = 3;
    let mut log: Vec<String> = Vec::new();
    let mut record = |what: &str| {
        log.push(format!("{what} at {}ms (limit {limit})", start.elapsed().as_millis()));
    };
    let ticker = tokio::spawn(async move {
        for i in 0..limit {
            println!("tick {i} at {}ms", start.elapsed().as_millis());
            sleep(Duration::from_millis(4)).await;
        }
    });
    record("before");
    sleep(Duration::from_millis(5)).await;
    record("after");
    ticker.await.unwrap();
    println!("{:?}", log);

    let mut later: Vec<u128> = Vec::new();
    let mut stamp = async || {
        sleep(Duration::from_millis(3)).await;
        later.push(start.elapsed().as_millis());
    };
    let watcher = tokio::spawn(async move {
        sleep(Duration::from_millis(4)).await;
        println!("watcher at {}ms", start.elapsed().as_millis());
    });
    stamp().await;
    stamp().await;
    watcher.await.unwrap();
    println!("{:?}", later);
}

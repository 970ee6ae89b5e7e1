//! Async closures
//!
//! `async |x| body` (Rust 1.85) is a closure whose every call returns a future of its body: the
//! body runs only when that future is awaited (or joined), and it may borrow what the closure
//! captures, so one closure is called many times. `AsyncFn(A) -> B` bounds take one; `async move`
//! closures own their captures.
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;
use tokio::time::{Instant, sleep};

async fn twice<F: AsyncFn(u64) -> u64>(f: F) -> u64 {
    f(1).await + f(2).await
}

async fn describe(f: impl AsyncFn(&str) -> String) -> String {
    f("a").await + &f("b").await
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let name = String::from("worker");
    let work = async |ms: u64| {
        println!("{name} starts {ms} ms at {:?}", start.elapsed());
        sleep(Duration::from_millis(ms)).await;
        ms * 10
    };
    let pending = work(30);
    println!("made a future at {:?}", start.elapsed());
    println!("got {} at {:?}", pending.await, start.elapsed());
    let (a, b) = tokio::join!(work(20), work(10));
    println!("joined {a} {b} at {:?}", start.elapsed());
    println!("{name} is still here");

    println!(
        "twice: {}",
        twice(async |x| {
            sleep(Duration::from_millis(x)).await;
            x * 100
        })
        .await
    );
    let suffix = String::from("!");
    println!("{}", describe(async |s| format!("<{s}{suffix}>")).await);

    let log = Arc::new(Mutex::new(Vec::new()));
    let record = async move |event: &str| {
        log.lock().await.push(event.to_string());
        log.lock().await.len()
    };
    println!("{} {}", record("open").await, record("close").await);

    let futures: Vec<_> = [3, 1, 2].iter().map(|&ms| work(ms)).collect();
    let mut total = 0;
    for f in futures {
        total += f.await;
    }
    println!("total {total} at {:?}", start.elapsed());
}

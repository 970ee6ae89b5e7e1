//! Boxed futures spawned with `map(tokio::spawn)`, async recursion, and `Arc::default()`
//!
//! Jobs built as `Pin<Box<dyn Future<Output = u32> + Send>>` and spawned by passing
//! `tokio::spawn` itself to `map`; a recursive `fib` that boxes its own future; a generic
//! runner taking `F: Fn(u32) -> Fut`; `impl Future` returned from a plain `fn`, joined and
//! timed out. Shared state starts as `Arc::default()` of a `Mutex`, a map and a derived
//! `Default` struct.

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

type Job = Pin<Box<dyn Future<Output = u32> + Send>>;

fn make_job(i: u32) -> Job {
    Box::pin(async move {
        tokio::time::sleep(Duration::from_millis(10 * (3 - i as u64))).await;
        println!("job {i} done");
        i * i
    })
}

fn fib(n: u32) -> Pin<Box<dyn Future<Output = u64> + Send>> {
    Box::pin(async move {
        if n < 2 {
            return n as u64;
        }
        fib(n - 1).await + fib(n - 2).await
    })
}

async fn run_all<F, Fut>(n: u32, f: F) -> Vec<u32>
where
    F: Fn(u32) -> Fut,
    Fut: Future<Output = u32>,
{
    let mut out = Vec::new();
    for i in 0..n {
        out.push(f(i).await);
    }
    out
}

fn delayed(ms: u64) -> impl Future<Output = u64> {
    async move {
        tokio::time::sleep(Duration::from_millis(ms)).await;
        ms
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let jobs: Vec<Job> = (0..3).map(make_job).collect();
    let handles: Vec<_> = jobs.into_iter().map(tokio::spawn).collect();
    let mut sum = 0;
    for h in handles {
        sum += h.await.unwrap();
    }
    println!("sum {sum}");
    println!("fib {}", fib(10).await);
    println!("{:?}", run_all(3, |i| async move { i + 100 }).await);
    let (a, b) = tokio::join!(delayed(30), delayed(20));
    println!("{a} {b} at {:?}", tokio::time::Instant::now().elapsed());
    let r = tokio::time::timeout(Duration::from_millis(5), delayed(50)).await;
    println!("{r:?}");
    let counts: Arc<tokio::sync::Mutex<HashMap<String, u32>>> = Arc::default();
    let cfg: Arc<Settings> = Arc::default();
    let seen: Arc<std::sync::Mutex<Vec<u32>>> = Arc::default();
    *counts.lock().await.entry("a".into()).or_default() += 1;
    seen.lock().unwrap().push(7);
    println!("{:?} {cfg:?} {:?}", counts.lock().await, seen.lock().unwrap());
    println!("{} {:?} {}", cfg.retries, cfg.name, cfg.verbose);
}

#[derive(Debug, Default)]
struct Settings {
    retries: u32,
    name: String,
    verbose: bool,
}

//! CancellationToken: `run_until_cancelled` and `run_until_cancelled_owned`
//!
//! `token.run_until_cancelled(fut)` is `Some(output)` when `fut` finishes first and
//! `None` when the token is cancelled first, dropping `fut` where it waits. A token
//! cancelled before the first poll gives `None` without polling `fut` at all; when
//! both are ready in one poll, the future wins. The owned form moves the token into
//! the future, for spawned workers.

use std::time::Duration;
use tokio::time::{Instant, sleep};
use tokio_util::sync::CancellationToken;

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("  drop {}", self.0);
    }
}

async fn job(name: &'static str, ms: u64) -> &'static str {
    let _guard = Noisy(name);
    println!("  {name} starts");
    sleep(Duration::from_millis(ms)).await;
    println!("  {name} finishes");
    name
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let token = CancellationToken::new();
    println!("fast: {:?}", token.run_until_cancelled(job("fast", 10)).await);

    let t2 = token.clone();
    tokio::spawn(async move {
        sleep(Duration::from_millis(50)).await;
        println!("cancelling at {:?}", start.elapsed());
        t2.cancel();
    });
    println!("slow: {:?} at {:?}", token.run_until_cancelled(job("slow", 100)).await, start.elapsed());
    println!("after: {:?}", token.run_until_cancelled(job("late", 1)).await);

    let fresh = CancellationToken::new();
    let both = fresh.run_until_cancelled(async { "ready" });
    fresh.cancel();
    println!("cancelled before the first poll: {both_out:?}", both_out = both.await);

    let shutdown = CancellationToken::new();
    let mut workers = Vec::new();
    for (i, ms) in [20u64, 200, 40].into_iter().enumerate() {
        let t = shutdown.clone();
        workers.push(tokio::spawn(async move {
            let r = t.run_until_cancelled_owned(async move {
                sleep(Duration::from_millis(ms)).await;
                i * 10
            });
            r.await
        }));
    }
    sleep(Duration::from_millis(100)).await;
    shutdown.cancel();
    for w in workers {
        println!("worker: {:?}", w.await.unwrap());
    }
    println!("done at {:?}", start.elapsed());
}

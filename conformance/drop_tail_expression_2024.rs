//! Drops: in Rust 2024 a block's tail-expression temporaries are dropped before its locals
//!
//! `total` holds guard `ga` in a local and a guard of `b` as a temporary of its tail expression, which
//! also awaits a 10 ms sleep. Task X waits for `a`, task Y for `b`. When `total` returns, the temporary
//! guard of `b` is dropped first and then the local `ga`, so Y is woken (and runs) before X.

use std::sync::Arc;
use tokio::sync::Mutex;
use tokio::time::{Duration, Instant, sleep};

async fn slow_zero() -> u64 {
    sleep(Duration::from_millis(10)).await;
    0
}

async fn total(a: Arc<Mutex<u64>>, b: Arc<Mutex<u64>>) -> u64 {
    let ga = a.lock().await;
    *ga + *b.lock().await + slow_zero().await
}

async fn locker(name: String, m: Arc<Mutex<u64>>, start: Instant) {
    let mut guard = m.lock().await;
    *guard += 1;
    println!("[{}ms] {} got its lock", start.elapsed().as_millis(), name);
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let a = Arc::new(Mutex::new(1));
    let b = Arc::new(Mutex::new(2));
    let (a1, b1) = (Arc::clone(&a), Arc::clone(&b));
    let x = tokio::spawn(async move { locker(String::from("X (waits for a)"), a1, start).await });
    let y = tokio::spawn(async move { locker(String::from("Y (waits for b)"), b1, start).await });
    let t = total(Arc::clone(&a), Arc::clone(&b)).await;
    println!("[{}ms] total {}", start.elapsed().as_millis(), t);
    x.await.unwrap();
    y.await.unwrap();
}

//! Timeout: giving up on a slow request
//!
//! `timeout(limit, request)` runs the request and a deadline side by side. The fast backend answers
//! in time and the caller gets `Ok(reply)`. The slow one is still working when its 100 ms are up:
//! the request's future is dropped right there, mid-sleep, so its "answered" line never prints and
//! the caller gets `Err(Elapsed)` and falls back to the cache. Watch each lane: the request's sleep
//! and the deadline that cuts it short.

use tokio::time::{Duration, Instant, sleep, timeout};

async fn fetch(backend: &str, latency_ms: u64) -> String {
    println!("  {backend}: request sent");
    sleep(Duration::from_millis(latency_ms)).await;
    println!("  {backend}: answered after {latency_ms} ms");
    format!("profile from {backend}")
}

async fn get_profile(backend: &str, latency_ms: u64, start: Instant) -> String {
    match timeout(Duration::from_millis(100), fetch(backend, latency_ms)).await {
        Ok(reply) => reply,
        Err(e) => {
            println!("[{:?}] {backend}: {e}, using the cache", start.elapsed());
            "cached profile".to_string()
        }
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let fast = tokio::spawn(get_profile("eu-west", 40, start));
    let slow = tokio::spawn(get_profile("us-east", 250, start));
    for request in [fast, slow] {
        let profile = request.await.unwrap();
        println!("[{:?}] got: {profile}", start.elapsed());
    }
}

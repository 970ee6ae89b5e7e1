//! Barrier: start together
//!
//! Three services load at different speeds, then wait at a `Barrier` for 3 so that none starts
//! serving before all are ready. The last to arrive is the leader: its `wait()` returns at once
//! with `is_leader()` true and wakes the other two. Real Tokio wakes those in a random order, so
//! each service here warms up for its own time before it reports: the output is the same every
//! run. Watch the barrier card count the arrivals.

use std::sync::Arc;
use tokio::sync::Barrier;
use tokio::time::{Duration, Instant, sleep};

async fn service(name: &'static str, load_ms: u64, warm_up_ms: u64, start_line: Arc<Barrier>, start: Instant) {
    sleep(Duration::from_millis(load_ms)).await;
    println!("{name}: loaded at {:?}, waits at the barrier", start.elapsed());
    let result = start_line.wait().await;
    if result.is_leader() {
        println!("{name}: arrived last, so it leads: all start at {:?}", start.elapsed());
    }
    sleep(Duration::from_millis(warm_up_ms)).await;
    println!("{name}: serving at {:?}", start.elapsed());
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let start_line = Arc::new(Barrier::new(3));
    let db = tokio::spawn(service("db", 10, 1, start_line.clone(), start));
    let cache = tokio::spawn(service("cache", 30, 3, start_line.clone(), start));
    let http = tokio::spawn(service("http", 20, 2, start_line.clone(), start));
    db.await.unwrap();
    cache.await.unwrap();
    http.await.unwrap();
    println!("all three serve");
}

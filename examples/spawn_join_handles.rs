//! Spawning tasks and awaiting their JoinHandles
//!
//! `tokio::spawn` starts a task and returns a `JoinHandle`; awaiting the handle gives the task's return
//! value wrapped in `Ok`. Spawning does not run anything yet: main keeps going until it awaits, and the
//! tasks then start in the order they were spawned. Here four tasks "fetch" pages of different sizes,
//! each taking a different time, and main collects the results in spawn order, so it waits for the slow
//! first task even though the others finished earlier. Watch the handles: main waits on one at a time.

use tokio::time::{Duration, Instant, sleep};

async fn fetch(page: u64, start: Instant) -> u64 {
    println!("[{}ms] fetching page {}", start.elapsed().as_millis(), page);
    sleep(Duration::from_millis(40 - page * 10)).await;
    println!("[{}ms] page {} fetched", start.elapsed().as_millis(), page);
    page * 1000
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let mut handles = Vec::new();
    for page in 0..4 {
        handles.push(tokio::spawn(async move { fetch(page, start).await }));
    }
    println!("[{}ms] spawned {} tasks, none has run yet", start.elapsed().as_millis(), handles.len());

    let mut total = 0;
    for handle in handles {
        let bytes = handle.await.unwrap();
        println!("[{}ms] main collected {} bytes", start.elapsed().as_millis(), bytes);
        total += bytes;
    }
    println!("[{}ms] total {} bytes", start.elapsed().as_millis(), total);
}

//! Timers: Instant::elapsed gives exact virtual milliseconds
//!
//! With the paused clock, `sleep(d)` advances time by exactly d, so `elapsed().as_millis()` after a
//! chain of sleeps is the exact sum: 1, 10, 100, 1000, 3000. A fresh `Instant` measures from its own
//! creation.

use tokio::time::{Duration, Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    for ms in vec![1, 9, 90, 900] {
        sleep(Duration::from_millis(ms)).await;
        println!("after sleeping {}ms: elapsed {}ms", ms, start.elapsed().as_millis());
    }
    sleep(Duration::from_secs(2)).await;
    println!("after sleeping 2s: elapsed {}ms", start.elapsed().as_millis());
    let lap = Instant::now();
    sleep(Duration::from_millis(25)).await;
    println!("lap {}ms, total {}ms", lap.elapsed().as_millis(), start.elapsed().as_millis());
}

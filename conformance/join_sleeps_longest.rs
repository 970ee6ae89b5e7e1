//! join!: joining sleeps takes as long as the longest one
//!
//! `tokio::join!` runs its branches concurrently inside one task, so three sleeps of 30, 10 and 20 ms
//! finish after 30 ms, not 60.

use tokio::time::{Duration, Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    tokio::join!(sleep(Duration::from_millis(30)), sleep(Duration::from_millis(10)), sleep(Duration::from_millis(20)));
    println!("joined after {}ms", start.elapsed().as_millis());
}

//! `tokio::time::interval` and `timeout`
//!
//! `tick` needs a `mut` interval; `timeout` wraps any future and returns a `Result` that is matched.

use tokio::time::{interval, sleep, timeout, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut ticker = interval(Duration::from_millis(10));
    for _ in 0..3 {
        ticker.tick().await;
    }
    let fast = timeout(Duration::from_millis(5), async { 1 }).await;
    let slow = timeout(Duration::from_millis(5), sleep(Duration::from_millis(50))).await;
    match slow {
        Ok(()) => println!("finished"),
        Err(_) => println!("timed out"),
    }
    println!("{fast:?}");
}

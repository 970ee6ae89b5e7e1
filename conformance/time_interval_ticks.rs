//! `interval` ticks at once, then every period; a late tick bursts by default
//!
//! The first `tick` completes immediately. When the task is busy past two ticks, the default `MissedTickBehavior::Burst` fires the missed ticks back to back, then returns to the original schedule.

use tokio::time::{Duration, Instant, interval, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let mut ticker = interval(Duration::from_millis(10));
    for i in 0..7 {
        let at = ticker.tick().await;
        println!("tick {i} at {:?} (scheduled {:?})", start.elapsed(), at - start);
        if i == 2 {
            sleep(Duration::from_millis(25)).await;
        }
    }
}

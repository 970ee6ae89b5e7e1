//! `sleep_until` and `Instant` arithmetic on the paused clock
//!
//! A deadline computed as `start + 25 ms` is reached exactly; a deadline in the past completes at once; `duration_since` and subtraction measure virtual time.

use tokio::time::{Duration, Instant, sleep, sleep_until};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let deadline = start + Duration::from_millis(25);
    sleep_until(deadline).await;
    println!("at {:?}", start.elapsed());
    sleep(Duration::from_millis(5)).await;
    sleep_until(deadline).await;
    println!("past deadline: {:?}", start.elapsed());
    let later = Instant::now();
    println!("{:?} {:?}", later.duration_since(start), later - deadline);
}

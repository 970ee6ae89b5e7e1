//! `Duration` is `Ord`, and an integer can multiply it from the left
//!
//! `d1.max(d2)`, `d1.cmp(&d2)`, `3 * d` (`impl Mul<Duration> for u32`) and comparisons are all std's.

use std::cmp::Ordering;
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let d1 = Duration::from_millis(5);
    let d2 = Duration::from_millis(8);
    let longest = d1.max(d2);
    let shortest = d1.min(d2);
    let order = d1.cmp(&d2);
    let tripled = 3 * d1;
    sleep(longest).await;
    println!("{:?} {:?} {} {:?} {}", longest, shortest, order == Ordering::Less, tripled, d1 < d2);
}

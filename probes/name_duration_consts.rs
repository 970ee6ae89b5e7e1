//! Names: `Duration::ZERO`, `Duration::MAX` and `Duration::from_secs`
//!
//! std's associated constants of `Duration` are values like any other: `ZERO` equals a
//! zero-length duration and prints `0ns`, and a sleep of `Duration::ZERO` returns at once.

use std::time::Duration;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let z = Duration::ZERO;
    println!("{:?} {}", z, z == Duration::from_secs(0));
    println!("{}", Duration::MAX > Duration::from_secs(1_000_000));
    tokio::time::sleep(Duration::ZERO).await;
    println!("slept {:?}", Duration::from_millis(1500));
}

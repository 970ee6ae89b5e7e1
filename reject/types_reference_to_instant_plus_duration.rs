//! Adding a `Duration` to a reference to an `Instant`
//!
//! `deadlines.first()` gives a `&Instant`; Tokio implements `+` for an `Instant` value only,
//! so `first + Duration` is E0369, "cannot add `Duration` to `&tokio::time::Instant`" (the fix
//! is `*first + ..`).

use tokio::time::{Duration, Instant};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let deadlines = vec![Instant::now()];
    let first = deadlines.first().unwrap();
    let later = first + Duration::from_millis(5);
    println!("{:?}", later - deadlines[0]);
}

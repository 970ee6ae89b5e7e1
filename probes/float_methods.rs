//! Floats: rounding, `sqrt`, `abs`, `signum`, `min`, `max` and casts
//!
//! `round` rounds half away from zero, `floor` and `ceil` go down and up, `f64::max`
//! and `f64::min` compare two floats, and `Duration::as_secs_f64` returns an `f64`.

use std::time::Duration;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    for x in [2.5f64, -2.5, 2.4, -0.6] {
        println!("{}: round {} floor {} ceil {} abs {} signum {}", x, x.round(), x.floor(), x.ceil(), x.abs(), x.signum());
    }
    println!("sqrt(16) = {}, sqrt(2) = {}", 16.0f64.sqrt(), 2.0f64.sqrt());
    println!("1.5.max(2.0) = {}, 1.5.min(2.0) = {}", 1.5f64.max(2.0), 1.5f64.min(2.0));
    println!("1500ms as secs = {}", Duration::from_millis(1500).as_secs_f64());
}

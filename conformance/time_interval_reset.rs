//! Interval::reset, reset_immediately, reset_after and reset_at move the next tick
//!
//! `reset()` puts the next tick one period after now, `reset_immediately()` now,
//! `reset_after(d)` `d` after now and `reset_at(t)` at `t`; the ticks after it follow every
//! period from there. `tick()` returns the instant the tick was due, so the offsets below are
//! exact on the paused clock.

use tokio::time::{Duration, Instant, interval, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let at = |t: Instant| t.duration_since(start).as_millis();
    let mut iv = interval(Duration::from_millis(100));
    println!("first {}", at(iv.tick().await));
    sleep(Duration::from_millis(30)).await;
    iv.reset();
    println!("after reset {}", at(iv.tick().await));
    println!("next {}", at(iv.tick().await));
    iv.reset_immediately();
    println!("immediately {}", at(iv.tick().await));
    println!("next {}", at(iv.tick().await));
    iv.reset_after(Duration::from_millis(15));
    println!("after 15 {}", at(iv.tick().await));
    iv.reset_at(start + Duration::from_millis(1000));
    println!("at 1000 {}", at(iv.tick().await));
    println!("next {}", at(iv.tick().await));
    println!("now {}", at(Instant::now()));
}

//! `MissedTickBehavior::Delay` and `Skip` after a late tick, and `interval_at`
//!
//! After a 25 ms stall, `Delay` restarts the period from the late tick; `Skip` jumps to the next tick on the original schedule. `interval_at` starts at a chosen instant.

use tokio::time::{Duration, Instant, MissedTickBehavior, interval, interval_at, sleep};

async fn run(name: &str, behavior: MissedTickBehavior) {
    let start = Instant::now();
    let mut ticker = interval(Duration::from_millis(10));
    ticker.set_missed_tick_behavior(behavior);
    for i in 0..5 {
        ticker.tick().await;
        println!("{name}: tick {i} at {:?}", start.elapsed());
        if i == 1 {
            sleep(Duration::from_millis(25)).await;
        }
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    run("delay", MissedTickBehavior::Delay).await;
    run("skip", MissedTickBehavior::Skip).await;
    let start = Instant::now();
    let mut at = interval_at(start + Duration::from_millis(5), Duration::from_millis(20));
    for i in 0..3 {
        at.tick().await;
        println!("interval_at: tick {i} at {:?}", start.elapsed());
    }
    println!("period {:?}, behavior {:?}", at.period(), at.missed_tick_behavior());
}

//! Duration::new, from_secs_f32 and from_secs_f64: exact nanoseconds, rounded to nearest
//!
//! `Duration::new(secs, nanos)` carries whole seconds out of `nanos`. The float constructors take
//! the float's exact value and round it to the nearest nanosecond (ties to even), so
//! `from_secs_f32(2.7)` is 2.700000048s (the `f32` nearest 2.7 is a little above it) while
//! `from_secs_f64(2.7)` is 2.7s. A sleep of such a duration still ends on Tokio's next
//! millisecond; `Mutex::const_new` and `RwLock::const_new` make locks usable in a `static`.

use std::time::Duration;
use tokio::sync::{Mutex, RwLock};
use tokio::time::{Instant, sleep};

static COUNT: Mutex<u32> = Mutex::const_new(0);
static NAMES: RwLock<Vec<&str>> = RwLock::const_new(Vec::new());

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("{:?}", Duration::new(2, 700_000_001));
    println!("{:?}", Duration::new(1, 2_500_000_000));
    println!("{:?}", Duration::from_secs_f32(2.7));
    println!("{:?}", Duration::from_secs_f64(2.7));
    println!("{:?}", Duration::from_secs_f64(0.3));
    println!("{:?}", Duration::from_secs_f32(0.3));
    println!("{:?}", Duration::from_secs_f64(1e-10));
    println!("{:?}", Duration::from_secs_f64(2.5e-9));
    println!("{:?}", Duration::from_secs_f64(3.5e-9));
    println!("{:?}", Duration::from_secs_f32(0.000_001_5));
    println!("{}", Duration::new(5, 30).as_nanos());

    let start = Instant::now();
    sleep(Duration::new(1, 500)).await;
    println!("slept {:?}", start.elapsed());
    sleep(Duration::from_secs_f32(0.25)).await;
    println!("slept {:?}", start.elapsed());

    for _ in 0..3 {
        tokio::spawn(async {
            *COUNT.lock().await += 1;
            NAMES.write().await.push("task");
        })
        .await
        .unwrap();
    }
    println!("count {} names {:?}", *COUNT.lock().await, *NAMES.read().await);
}

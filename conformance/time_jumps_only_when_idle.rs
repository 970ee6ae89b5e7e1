//! Timers: virtual time jumps only when nothing is runnable
//!
//! The sleeper's 1 ms timer is due, but the clock does not move while the spinner keeps yielding or
//! while main computes: yields, loops and channel traffic take no virtual time. Only when every task
//! waits does the clock jump to 1 ms and the sleeper wake.

use tokio::task::yield_now;
use tokio::time::{Duration, Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let sleeper = tokio::spawn(async move {
        sleep(Duration::from_millis(1)).await;
        println!("[{}ms] sleeper wakes", start.elapsed().as_millis());
    });
    let spinner = tokio::spawn(async move {
        for i in 0..5 {
            yield_now().await;
            println!("[{}ms] spinner yield {}", start.elapsed().as_millis(), i);
        }
    });
    let mut sum = 0;
    for i in 0..10000 {
        sum += i;
    }
    println!("[{}ms] main computed {}", start.elapsed().as_millis(), sum);
    spinner.await.unwrap();
    sleeper.await.unwrap();
    println!("[{}ms] main done", start.elapsed().as_millis());
}

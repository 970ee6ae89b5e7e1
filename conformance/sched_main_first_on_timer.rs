//! Scheduling: main is polled first when a timer wakes it together with a task
//!
//! The task registers its 40 ms timer before main does (main yields once first), so the task's timer
//! fires first. Still main runs first at 40 ms: waking main sets a flag that is checked before the run
//! queue, whatever the order the timers were registered in.

use tokio::task::yield_now;
use tokio::time::{Duration, Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let task = tokio::spawn(async move {
        println!("task registers its 40ms timer");
        sleep(Duration::from_millis(40)).await;
        println!("[{}ms] task wakes", start.elapsed().as_millis());
    });
    yield_now().await;
    println!("main registers its 40ms timer");
    sleep(Duration::from_millis(40)).await;
    println!("[{}ms] main wakes", start.elapsed().as_millis());
    task.await.unwrap();
}

//! Scheduling: main returning at 40 ms drops a task whose sleep also ends at 40 ms
//!
//! Both sleeps end at the same instant and main is polled first. Main returns, the runtime shuts down,
//! and the task, although its timer has fired and it is ready to run, is dropped without being polled
//! again: its line is never printed.

use tokio::task::yield_now;
use tokio::time::{Duration, Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    tokio::spawn(async move {
        sleep(Duration::from_millis(40)).await;
        println!("[{}ms] task: never printed", start.elapsed().as_millis());
    });
    yield_now().await;
    sleep(Duration::from_millis(40)).await;
    println!("[{}ms] main returns", start.elapsed().as_millis());
}

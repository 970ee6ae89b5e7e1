//! Tasks: when main returns, every other task is dropped without running again
//!
//! A starts and goes to sleep; B is spawned just before main returns and is ready in the run queue.
//! Neither prints again: returning from main shuts the runtime down and drops all tasks.

use tokio::task::yield_now;
use tokio::time::{Duration, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    tokio::spawn(async move {
        println!("A starts and sleeps 10ms");
        sleep(Duration::from_millis(10)).await;
        println!("A: never printed");
    });
    yield_now().await;
    tokio::spawn(async move {
        println!("B: never printed");
    });
    println!("main returns");
}

//! Scheduling: timers fire before yielded tasks are resumed
//!
//! Task Y yields, then task S sleeps for 0 ms. When the queue empties, the runtime first fires the due
//! timers (S goes to the queue) and then flushes the defer list (Y goes to the queue), so S resumes
//! before Y although Y paused first. No time passes.

use tokio::task::yield_now;
use tokio::time::{Duration, Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let y = tokio::spawn(async move {
        println!("Y calls yield_now");
        yield_now().await;
        println!("[{}ms] Y resumes", start.elapsed().as_millis());
    });
    let s = tokio::spawn(async move {
        println!("S calls sleep(0ms)");
        sleep(Duration::from_millis(0)).await;
        println!("[{}ms] S resumes", start.elapsed().as_millis());
    });
    y.await.unwrap();
    s.await.unwrap();
}

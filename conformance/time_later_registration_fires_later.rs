//! Timers: a deadline registered later fires later than an equal one registered earlier
//!
//! A sleeps 60 ms and then 40 ms, so its second timer, registered at 60 ms, is due at 100 ms, like the
//! 100 ms timers B and C registered at 0 ms. A was spawned first, but at 100 ms B and C wake first.

use tokio::time::{Duration, Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let a = tokio::spawn(async move {
        sleep(Duration::from_millis(60)).await;
        println!("[{}ms] A registers a 40ms timer", start.elapsed().as_millis());
        sleep(Duration::from_millis(40)).await;
        println!("[{}ms] A wakes", start.elapsed().as_millis());
    });
    let b = tokio::spawn(async move {
        sleep(Duration::from_millis(100)).await;
        println!("[{}ms] B wakes", start.elapsed().as_millis());
    });
    let c = tokio::spawn(async move {
        sleep(Duration::from_millis(100)).await;
        println!("[{}ms] C wakes", start.elapsed().as_millis());
    });
    a.await.unwrap();
    b.await.unwrap();
    c.await.unwrap();
}

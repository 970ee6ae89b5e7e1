//! Collecting `JoinHandle`s and summing their results
//!
//! Each handle is awaited and unwrapped; the handles are moved out of the `Vec` by the `for` loop.

use tokio::task::JoinHandle;
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut handles: Vec<JoinHandle<u64>> = Vec::new();
    for i in 0..4u64 {
        handles.push(tokio::spawn(async move {
            sleep(Duration::from_millis(4 - i)).await;
            i * i
        }));
    }
    let mut total = 0;
    for h in handles {
        total += h.await.unwrap();
    }
    let check = tokio::spawn(async { 1 }).await;
    match check {
        Ok(n) => println!("total {total}, check {n}"),
        Err(e) => println!("failed {e}"),
    }
}

//! Using a JoinHandle's result without unwrapping it
//!
//! Awaiting a `JoinHandle<u64>` gives `Result<u64, JoinError>` (the task may have panicked), not
//! the `u64` itself. rustc reports E0308, "mismatched types": expected `u64`, found `Result<u64,
//! JoinError>`.

use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let handle = tokio::spawn(async {
        sleep(Duration::from_millis(20)).await;
        7u64
    });
    let n: u64 = handle.await;
    println!("task returned {n}");
}

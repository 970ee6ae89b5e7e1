//! Using `timeout`'s result as the value it wraps
//!
//! `timeout(d, fut).await` is a `Result<T, Elapsed>`: `Err` if the deadline
//! passed first. `Result` has no `+`, so `r + 1` is rustc's E0369; match
//! on it or unwrap it first.

use tokio::time::{timeout, Duration};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let r = timeout(Duration::from_millis(10), async { 5 }).await;
    println!("{}", r + 1);
}

//! Awaiting a `Box<dyn Future>` that is not pinned
//!
//! A `dyn Future` may not be moved once polled, so it is not `Unpin`, and
//! only a `Box` of an `Unpin` future is itself a future: rustc rejects
//! `job.await` with E0277. `Pin<Box<dyn Future>>` (`Box::pin`) is the fix.

use std::future::Future;

async fn answer() -> i32 {
    42
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let job: Box<dyn Future<Output = i32>> = Box::new(answer());
    println!("{}", job.await);
}

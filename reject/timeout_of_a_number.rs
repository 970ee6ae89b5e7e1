//! `timeout` of a number instead of a future
//!
//! `tokio::time::timeout(d, fut)` needs a future to race against the deadline; `5` is not one:
//! rustc's E0277, "`{integer}` is not a future", at the argument (then again at `.await`).
use std::time::Duration;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let r = tokio::time::timeout(Duration::from_millis(5), 5).await;
    println!("{r:?}");
}

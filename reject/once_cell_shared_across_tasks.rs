//! A `std::cell::OnceCell` shared through an `Arc` with a spawned task
//!
//! `OnceCell` is not `Sync` (its `get_or_init` has no lock), so an `Arc` of one is not `Send` and
//! the async block that captures it cannot be spawned: rustc says "future cannot be sent between
//! threads safely" (no error code) at `tokio::spawn`. `std::sync::OnceLock` is the one to share.
use std::cell::OnceCell;
use std::sync::Arc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let cell = Arc::new(OnceCell::new());
    let c = cell.clone();
    tokio::spawn(async move {
        c.get_or_init(|| 1);
    })
    .await
    .unwrap();
    println!("{:?}", cell.get());
}

//! Keeping a reference into a lock guard that was a temporary
//!
//! `state.lock().await` is a temporary guard, dropped at the end of the `let` statement; `first`
//! would point into the data it protects after the lock is released. rustc reports E0716,
//! "temporary value dropped while borrowed". Bind the guard to a variable first.

use std::sync::Arc;
use tokio::sync::Mutex;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let state = Arc::new(Mutex::new(vec![String::from("a"), String::from("b")]));
    let first = state.lock().await.first();
    println!("{:?}", first);
}

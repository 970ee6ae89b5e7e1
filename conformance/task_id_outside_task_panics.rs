//! `task::id()` outside a task panics at the call
//!
//! Main's `block_on` future is not a task, so `tokio::task::id()` there panics with Tokio's
//! message, located at the caller's line and column (`id` is `#[track_caller]`).

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let t = tokio::spawn(async { tokio::task::id() });
    println!("task {}", t.await.unwrap());
    println!("main {}", tokio::task::id());
}

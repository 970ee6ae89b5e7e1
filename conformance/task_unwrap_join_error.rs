//! Tasks: unwrapping the JoinHandle of a panicked task panics main with the JoinError
//!
//! `h.await.unwrap()` on a task that panicked turns the task's panic into a panic of main: stderr shows
//! the task's message first, then main's `unwrap` message with the `JoinError`'s Debug text, and the
//! process exits with 101.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let first = tokio::spawn(async move {
        println!("first task runs");
    });
    let h = tokio::spawn(async move {
        panic!("boom");
    });
    first.await.unwrap();
    println!("main unwraps the failed task's result");
    h.await.unwrap();
    println!("never printed");
}

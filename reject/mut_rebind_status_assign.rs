//! Assigning a new value to an immutable binding
//!
//! `status` is set once with `let` and then reassigned after the task finishes. Without `mut` a
//! binding can only be initialized, never assigned. rustc reports E0384, "cannot assign twice to
//! immutable variable `status`".

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let status = "running";
    let task = tokio::spawn(async {
        40 + 2
    });
    let answer = task.await.unwrap();
    status = "finished";
    println!("{status}: {answer}");
}

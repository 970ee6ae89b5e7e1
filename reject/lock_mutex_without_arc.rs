//! Sharing a Mutex with a task without an Arc
//!
//! The task borrows `m` (there is no `move`, and `m` is not in an `Arc`), but a spawned task must
//! own everything it uses. rustc reports E0373, "async block may outlive the current function, but
//! it borrows `m`, which is owned by the current function".

use tokio::sync::Mutex;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let m = Mutex::new(0);
    let task = tokio::spawn(async {
        *m.lock().await += 1;
    });
    task.await.unwrap();
    println!("{}", *m.lock().await);
}

//! spawn_local drops the Send bound, not the 'static one
//!
//! A task spawned with `tokio::task::spawn_local` may hold an `Rc` (it never leaves the thread),
//! but it still may outlive the function that spawned it, so an `async` block that borrows a local
//! variable is rejected as for `tokio::spawn`: E0373, "async block may outlive the current
//! function, but it borrows `names`". Write `async move` and give the task its own `Rc` clone.

use std::rc::Rc;
use tokio::task::{LocalSet, spawn_local};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let local = LocalSet::new();
    local
        .run_until(async {
            let names = Rc::new(vec!["a", "b"]);
            let task = spawn_local(async {
                println!("{} names", names.len());
            });
            task.await.unwrap();
        })
        .await;
}

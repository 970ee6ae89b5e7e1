//! Incrementing a number inside an Arc
//!
//! An `Arc` shares its value read-only: every clone may be reading it. `*c2 += 1` in the task tries
//! to assign through it. rustc reports E0594, "cannot assign to data in an `Arc`". Shared mutable
//! state needs a `Mutex` (or an atomic) inside the `Arc`.

use std::sync::Arc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let c = Arc::new(0);
    let c2 = c.clone();
    let task = tokio::spawn(async move {
        *c2 += 1;
    });
    task.await.unwrap();
    println!("count = {c}");
}

//! An `Rc` moved into a `JoinSet`'s task
//!
//! `JoinSet::spawn` needs a `Send` future, as `tokio::spawn` does: the block holds an `Rc`, so
//! rustc says "future cannot be sent between threads safely" (no error code) at `spawn`.
use std::rc::Rc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut set = tokio::task::JoinSet::new();
    let r = Rc::new(1);
    set.spawn(async move { *r + 1 });
    println!("{:?}", set.join_next().await);
}

//! An `Rc` moved into a `TaskTracker`'s task
//!
//! `TaskTracker::spawn` is `tokio::spawn` with a token: the future must be `Send`, and this
//! one holds an `Rc`. rustc says "future cannot be sent between threads safely" (no error
//! code) at the method's name.
use std::rc::Rc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let tracker = tokio_util::task::TaskTracker::new();
    let r = Rc::new(1);
    tracker.spawn(async move { println!("{}", *r + 1) });
    tracker.close();
    tracker.wait().await;
}

//! An `rc::Weak` moved into a spawned task
//!
//! `std::rc::Weak` counts its references without atomics, like `Rc`, so it is not `Send`, and
//! `tokio::spawn` needs a `Send` future: rustc reports "future cannot be sent between threads
//! safely" (no error code). Share with `Arc` and keep an `Arc::downgrade` (`sync::Weak`) instead.
use std::rc::Rc;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let config = Rc::new(String::from("v1"));
    let weak = Rc::downgrade(&config);
    let handle = tokio::spawn(async move {
        tokio::task::yield_now().await;
        println!("{:?}", weak.upgrade());
    });
    handle.await.unwrap();
}

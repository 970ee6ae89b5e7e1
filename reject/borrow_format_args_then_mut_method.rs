//! Printing a value and changing it in the same `println!`
//!
//! A format macro borrows all its arguments before it formats any of them, so `queue` is
//! still borrowed when `queue.pop()` borrows it mutably. rustc reports E0502, "cannot borrow
//! `queue` as mutable because it is also borrowed as immutable", at the call.

use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut queue = vec!["a", "b"];
    sleep(Duration::from_millis(5)).await;
    println!("{:?} then {:?}", queue, queue.pop());
}

//! A `RefCell` borrow held across an `.await` in a spawned task
//!
//! The `RefMut` guard from `borrow_mut()` lives until the end of the block, across the `sleep`, so the
//! spawned future holds it while suspended; `RefMut` is not `Send`. rustc reports "future cannot be
//! sent between threads safely" (no error code) at the `spawn`.

use std::cell::RefCell;
use tokio::time::{Duration, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let h = tokio::spawn(async {
        let cell = RefCell::new(vec![1]);
        let mut g = cell.borrow_mut();
        g.push(2);
        sleep(Duration::from_millis(1)).await;
        println!("{:?}", *g);
    });
    h.await.unwrap();
}

//! An Rc moved into a spawn_blocking closure
//!
//! The closure runs on another thread (a blocking-pool thread), so everything it captures must be
//! `Send`. `Rc` is not: its count is not atomic. rustc rejects the call with E0277, "`Rc<Vec<u64>>`
//! cannot be sent between threads safely". Use `Arc` (or move the data itself in).

use std::rc::Rc;
use tokio::task::spawn_blocking;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let samples = Rc::new(vec![4u64, 8, 15]);
    let total = spawn_blocking(move || samples.iter().sum::<u64>()).await.unwrap();
    println!("{total}");
}

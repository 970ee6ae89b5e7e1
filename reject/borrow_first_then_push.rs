//! Holding a reference into a Vec while pushing to it
//!
//! `first` points into the vector's buffer; `push` may reallocate that buffer, so Rust forbids the
//! mutable borrow while `first` is still used. rustc reports E0502, "cannot borrow `v` as mutable
//! because it is also borrowed as immutable", at the `push`.

use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut v = vec![1];
    let first = &v[0];
    sleep(Duration::from_millis(1)).await;
    v.push(2);
    println!("{first}");
}

//! A shared borrow whose last use comes before the push
//!
//! `first` points into `v`, but it is last used by the `println!` before `v.push`, so under NLL the borrow is already over.

use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    println!("first is {first}");
    sleep(Duration::from_millis(1)).await;
    v.push(4);
    println!("{v:?}");
}

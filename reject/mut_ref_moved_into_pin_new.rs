//! A `&mut` moved into `Pin::new`, then used again
//!
//! `Pin::new` takes any pointer `P`, so the `&mut` passed to it is moved, not reborrowed (a
//! reborrow happens only where a `&mut` type is expected). Polling through `r` afterwards is
//! rustc's E0382, "borrow of moved value: `r`".

use std::pin::Pin;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut fut = Box::pin(async { 5 });
    let r = &mut fut;
    let pinned = Pin::new(r);
    drop(pinned);
    println!("{}", r.as_mut().await);
}

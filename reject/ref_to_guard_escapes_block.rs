//! A reference into a lock guard that outlives the guard's block
//!
//! `&*g` borrows the guard `g` (its `Deref`), and `g` is dropped at the end of the block, which
//! unlocks the mutex; the reference would outlive it. rustc reports E0597, "`g` does not live long
//! enough", at `g`. Copy or clone the value out inside the block (`*g`, `g.clone()`).

use tokio::sync::Mutex;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let m = Mutex::new(1);
    let v = {
        let g = m.lock().await;
        &*g
    };
    println!("{v}");
}

//! An integer method called on a binding whose integer type nothing has fixed yet
//!
//! `let base = 2;` is some integer type, `i32` only by default once the function is
//! checked; `pow` is a method of each integer type, so rustc cannot look it up:
//! E0689, "can't call method `pow` on ambiguous numeric type `{integer}`", at `pow`.
//! (`let base: u64 = 2;` or `2u64.pow(..)` fixes it; `Ord`'s `max` would be fine.)

use std::time::Duration;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let base = 2;
    for attempt in 0..4u32 {
        let backoff = Duration::from_millis(base.pow(attempt) * 10);
        tokio::time::sleep(backoff).await;
        println!("attempt {attempt} after {backoff:?}");
    }
}

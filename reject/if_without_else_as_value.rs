//! An `if` without `else` used as a value
//!
//! When the condition is false an `if` without `else` gives `()`, so it cannot be the `u64` this
//! `let` wants: rustc's E0317, "`if` may be missing an `else` clause". Add `else { 0 }` (or use
//! `Option`: `cond.then(|| ..)`).

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let attempt = 3;
    let delay_ms = if attempt > 1 { 100 * attempt };
    tokio::time::sleep(std::time::Duration::from_millis(delay_ms)).await;
}

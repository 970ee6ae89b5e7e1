//! A `JoinSet<String>` given a task whose future gives a `u8`
//!
//! `JoinSet::<T>::spawn` takes a future whose output is the set's `T`; this `async` block gives
//! `5u8`, so rustc reports E0271, "expected `{async block@..}` to be a future that resolves to
//! `String`, but it resolves to `u8`", at the block.
use tokio::task::JoinSet;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut set: JoinSet<String> = JoinSet::new();
    set.spawn(async { 5u8 });
    println!("{}", set.len());
}

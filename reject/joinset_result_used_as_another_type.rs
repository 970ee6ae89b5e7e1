//! A `JoinSet`'s result used as a type its tasks do not give
//!
//! The set's `T` is what its task gives (`u8`), so `join_next()` yields `u8`s, and binding one
//! to a `String` is rustc's E0308, "mismatched types", at the expression.
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut set = tokio::task::JoinSet::new();
    set.spawn(async { 5u8 });
    let x: String = set.join_next().await.unwrap().unwrap();
    println!("{x}");
}

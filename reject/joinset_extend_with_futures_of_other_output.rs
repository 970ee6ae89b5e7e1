//! `extend` of a `JoinSet<String>` with futures that give `u8`s
//!
//! `JoinSet::<T>::extend` spawns each future, which must resolve to `T`: rustc's E0271,
//! "expected `{async block@..}` to be a future that resolves to `String`, but it resolves to
//! `u8`", at `extend`.
use tokio::task::JoinSet;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut set: JoinSet<String> = JoinSet::new();
    set.extend((0..3u8).map(|i| async move { i }));
    println!("{}", set.len());
}

//! Spawning the result of a plain function
//!
//! `tokio::spawn` runs a future, but `compute` is an ordinary `fn`: `compute(5)` has already run
//! and is just a `u64`. rustc reports E0277, "`u64` is not a future".

fn compute(n: u64) -> u64 {
    n * n
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let handle = tokio::spawn(compute(5));
    println!("{}", handle.await.unwrap());
}

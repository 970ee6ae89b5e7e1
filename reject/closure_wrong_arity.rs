//! A closure with two parameters given to `map`, which passes one
//!
//! `map` calls its closure with one item; this closure declares two. rustc reports E0593,
//! "closure is expected to take 1 argument, but it takes 2 arguments" (destructure a pair with
//! `|(a, b)|` instead).

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let pairs = vec![(1, 2), (3, 4)];
    let sums: Vec<i32> = pairs
        .into_iter()
        .map(|a, b| a + b)
        .collect();
    println!("{sums:?}");
}

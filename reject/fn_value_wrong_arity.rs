//! A two-argument function given to `map`, which passes one
//!
//! `map` calls its function with one item; `add` takes two arguments. rustc reports E0593,
//! "function is expected to take 1 argument, but it takes 2 arguments" (a `fold` would pass two).

fn add(a: i32, b: i32) -> i32 {
    a + b
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let sums: Vec<i32> = vec![1, 2].into_iter().map(add).collect();
    println!("{sums:?}");
}

//! Closures passed to iterator adapters
//!
//! `map`, `filter` and `collect` with closures that capture a local by reference; valid Rust the engine may not support yet.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let factor = 3;
    let v = vec![1, 2, 3, 4];
    let scaled: Vec<i32> = v.iter().map(|x| x * factor).filter(|x| x % 2 == 0).collect();
    let mut count = 0;
    let mut inc = |n: i32| count += n;
    inc(2);
    inc(3);
    println!("{scaled:?} {count} {factor}");
}

//! Adding an i32 and an i64
//!
//! Rust never converts between integer types implicitly; `a + b` mixes `i32` and `i64`. rustc
//! reports E0308, "mismatched types" (expected `i32`, found `i64`), as the first error. Convert
//! one side with `as` or `i64::from`.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let a: i32 = 40;
    let b: i64 = 2;
    let task = tokio::spawn(async move { a + b });
    println!("{}", task.await.unwrap());
}

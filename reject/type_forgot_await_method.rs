//! Calling a method on a future instead of on its result
//!
//! `load()` without `.await` is a future; the `Vec` it would produce has `len`, the future does
//! not. rustc reports E0599, "no method named `len` found for opaque type `impl Future<Output =
//! Vec<u32>>`".

use tokio::time::{sleep, Duration};

async fn load() -> Vec<u32> {
    sleep(Duration::from_millis(10)).await;
    vec![1, 2, 3]
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let count = load().len();
    println!("{count} rows");
}

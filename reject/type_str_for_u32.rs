//! A string literal where a number is expected
//!
//! `retries` is annotated `u32` but initialized with the text `"five"`. rustc reports E0308,
//! "mismatched types": expected `u32`, found `&str`.

use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let retries: u32 = "five";
    for i in 0..retries {
        sleep(Duration::from_millis(10)).await;
        println!("try {i}");
    }
}

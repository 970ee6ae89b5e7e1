//! Dereferencing an integer literal
//!
//! `*` follows a reference, and `5` is not one. rustc reports E0614, "type `{integer}` cannot be
//! dereferenced".

use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let ms = *5;
    sleep(Duration::from_millis(ms)).await;
    println!("slept {ms}ms");
}

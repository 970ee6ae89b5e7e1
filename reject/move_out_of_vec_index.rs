//! Moving a String out of a Vec by indexing
//!
//! `urls[0]` is a place inside the vector; `let first = urls[0];` would move the `String` out and
//! leave a hole. rustc reports E0507, "cannot move out of index of `Vec<String>`". Use `&urls[0]`
//! or `urls[0].clone()`.

use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let urls = vec![String::from("/a"), String::from("/b")];
    let first = urls[0];
    sleep(Duration::from_millis(1)).await;
    println!("fetching {first} of {}", urls.len());
}

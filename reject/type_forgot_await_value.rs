//! Forgetting `.await` and using the future as its result
//!
//! Calling an `async fn` does not run it: `fetch_len(..)` is a future, and only `.await` turns it
//! into the `usize`. rustc reports E0308, "mismatched types": expected `usize`, found future.

use tokio::time::{sleep, Duration};

async fn fetch_len(url: &str) -> usize {
    sleep(Duration::from_millis(30)).await;
    url.len()
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let n: usize = fetch_len("https://example.com");
    println!("{n} bytes");
}

//! `next()` on a `then` stream that is not pinned: E0277
//!
//! `then` keeps the future its function returns inside the stream, so
//! the stream is not `Unpin`, and `next()` needs an `Unpin` stream.
//! rustc reports E0277, "cannot be unpinned"; `tokio::pin!(s)` first fixes it.

use tokio_stream::{self as stream, StreamExt};

async fn double(x: u32) -> u32 {
    x * 2
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut s = stream::iter(1..=3).then(double);
    while let Some(v) = s.next().await {
        println!("{v}");
    }
}

//! `next()` on a stream with a `timeout` that was not pinned
//!
//! tokio-stream's `timeout(d)` (like `chunks_timeout`) holds a `Sleep`, which must not move once
//! polled: the adapter is not `Unpin`, and `StreamExt::next` needs `Unpin`. rustc's E0277 at
//! `next`. Pin it first: `tokio::pin!(stream);`.

use tokio::time::Duration;
use tokio_stream::StreamExt;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut items = tokio_stream::iter(vec![1, 2, 3]).timeout(Duration::from_millis(5));
    while let Some(item) = items.next().await {
        println!("{item:?}");
    }
}

//! `now_or_never` on a stream's `next()`: one poll, the item if one was ready
//!
//! `stream.next().now_or_never()` polls the stream once: `Some(Some(item))` if an item was ready,
//! `None` if not. A `WatchStream` made `from_changes` has nothing until the next `send`;
//! `WatchStream::new` gives the current value first; an ended `iter` stream gives `Some(None)`.

use futures::future::FutureExt;
use tokio::sync::watch;
use tokio_stream::{StreamExt, wrappers::WatchStream};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, rx) = watch::channel("hello");
    let mut changes = WatchStream::from_changes(rx.clone());
    let mut all = WatchStream::new(rx);
    println!("{:?}", changes.next().now_or_never());
    println!("{:?}", all.next().now_or_never());
    tx.send("goodbye").unwrap();
    println!("{:?}", changes.next().now_or_never());
    println!("{:?}", all.next().await);
    let mut it = tokio_stream::iter(vec![1, 2]);
    println!("{:?} {:?}", it.next().now_or_never(), it.next().now_or_never());
    println!("{:?}", it.next().now_or_never());
}

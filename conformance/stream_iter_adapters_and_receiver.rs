//! tokio-stream: iter, next, map, filter, take and ReceiverStream
//!
//! `tokio_stream::iter` turns an iterator into a stream; `StreamExt::next().await` gives
//! `Some(item)` until it is done (`None`). `map`, `filter` and `take` adapt a stream lazily, as
//! iterator adapters do: the closures run as items are pulled. `wrappers::ReceiverStream` makes an
//! mpsc receiver a stream that ends when every sender is gone. With tokio-stream's default
//! features, `Iter` returns `Pending` (and wakes itself) after every 32 items, so a long iteration
//! lets other tasks run: the spawned task prints after the 32nd item.

use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;
use tokio_stream::{self as stream, StreamExt};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut evens = stream::iter(1..=10).filter(|n| n % 2 == 0).map(|n| n * 10).take(3);
    while let Some(v) = evens.next().await {
        println!("got {v}");
    }
    println!("after the end: {:?}", evens.next().await);

    let (tx, rx) = mpsc::channel(2);
    tokio::spawn(async move {
        for word in ["alpha", "beta", "gamma"] {
            tx.send(word.to_string()).await.unwrap();
            println!("sent {word}");
        }
    });
    let mut words = ReceiverStream::new(rx).map(|w| w.len());
    while let Some(n) = words.next().await {
        println!("word of {n} letters");
    }

    tokio::spawn(async { println!("spawned task runs") });
    let mut many = stream::iter(0..40);
    let mut count = 0;
    while let Some(i) = many.next().await {
        count += 1;
        if i == 30 || i == 31 || i == 32 {
            println!("item {i}");
        }
    }
    println!("{count} items");
}

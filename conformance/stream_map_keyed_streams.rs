//! tokio-stream's `StreamMap`: keyed streams merged, entries kept as a `Vec`
//!
//! `insert` replaces the stream of an equal key (returning the old one) and, like `remove`,
//! takes an entry out with `swap_remove`: the last entry moves into its place, which `keys()`
//! shows. `next()` yields `(key, item)` from whichever stream is ready, starting its round at a
//! random entry (here, items come one at a time, so the order is fixed), and drops a stream that
//! ended; once every stream ended, `next()` is `None`. `StreamNotifyClose` turns a stream's end
//! into one last `None` item, so the map reports which key closed.

use tokio::sync::mpsc;
use tokio::time::{Duration, Instant, sleep};
use tokio_stream::wrappers::ReceiverStream;
use tokio_stream::{StreamExt, StreamMap, StreamNotifyClose};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut map = StreamMap::new();
    for k in ["a", "b", "c", "d"] {
        assert!(map.insert(k, tokio_stream::pending::<u32>()).is_none());
    }
    println!("{:?} len {}", map.keys().collect::<Vec<_>>(), map.len());
    assert!(map.remove("b").is_some());
    assert!(map.remove("b").is_none());
    println!("after remove b: {:?}", map.keys().collect::<Vec<_>>());
    assert!(map.insert("a", tokio_stream::pending()).is_some());
    println!("after insert a again: {:?}", map.keys().collect::<Vec<_>>());
    println!("contains c: {}, contains b: {}", map.contains_key("c"), map.contains_key("b"));
    map.clear();
    println!("cleared: empty {}", map.is_empty());

    let start = Instant::now();
    let mut chats = StreamMap::new();
    for (room, every) in [("rust", 10u64), ("tokio", 25)] {
        let (tx, rx) = mpsc::channel(4);
        tokio::spawn(async move {
            for i in 0..3 {
                sleep(Duration::from_millis(every)).await;
                tx.send(format!("{room} #{i}")).await.unwrap();
            }
        });
        chats.insert(room, StreamNotifyClose::new(ReceiverStream::new(rx)));
    }
    while let Some((room, msg)) = chats.next().await {
        match msg {
            Some(m) => println!("{:>3}ms [{room}] {m}", start.elapsed().as_millis()),
            None => println!("{:>3}ms [{room}] closed, {} left", start.elapsed().as_millis(), chats.len() - 1),
        }
    }
    println!("all closed: {}", chats.is_empty());
}

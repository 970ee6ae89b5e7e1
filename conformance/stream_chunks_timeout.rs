//! tokio-stream's `chunks_timeout`: batches of up to `n` items, or what came within `d`
//!
//! The batch's deadline starts with its first item: a batch goes out when it holds `n` items,
//! when `d` has passed since its first item (with fewer), and at the end of the stream (the
//! rest). The adapter holds a `Sleep`, so it is not `Unpin`: it is pinned before `next()`.

use tokio::sync::mpsc;
use tokio::time::{Duration, Instant, sleep};
use tokio_stream::StreamExt;
use tokio_stream::wrappers::ReceiverStream;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (tx, rx) = mpsc::channel::<u32>(16);
    tokio::spawn(async move {
        for (i, gap) in [0u64, 5, 5, 5, 40, 5, 100, 1, 1, 1, 1].iter().enumerate() {
            sleep(Duration::from_millis(*gap)).await;
            tx.send(i as u32).await.unwrap();
        }
    });
    let batches = ReceiverStream::new(rx).chunks_timeout(3, Duration::from_millis(20));
    tokio::pin!(batches);
    while let Some(b) = batches.next().await {
        println!("{:>4}ms {:?}", start.elapsed().as_millis(), b);
    }
    let all: Vec<Vec<i32>> = tokio_stream::iter(1..=7).chunks_timeout(3, Duration::from_secs(1)).collect().await;
    println!("{all:?}");
}

//! `StreamExt::then`: each item through an async function
//!
//! `then(f)` calls `f` with each item and awaits the future it returns
//! before it pulls the next item, so a task spawned meanwhile runs while
//! the future sleeps. The stream holds that future, so it is not `Unpin`:
//! it is pinned (`tokio::pin!`, `Box::pin`) before `next()`. Dropping the
//! stream drops a future still running.
use std::time::Duration;
use tokio_stream::{self as stream, StreamExt};

struct Loud(u32);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop work for {}", self.0);
    }
}

async fn double_later(x: u32) -> u32 {
    tokio::time::sleep(Duration::from_millis(10)).await;
    x * 2
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = tokio::time::Instant::now();
    tokio::spawn(async move {
        for i in 0..3 {
            println!("[{:?}] ticker {i}", start.elapsed());
            tokio::time::sleep(Duration::from_millis(12)).await;
        }
    });
    let s = stream::iter(1..=3).then(double_later);
    tokio::pin!(s);
    while let Some(v) = s.next().await {
        println!("[{:?}] got {v}", start.elapsed());
    }
    let mut s = Box::pin(stream::iter(vec![5, 6]).then(|x| async move {
        let _w = Loud(x);
        tokio::time::sleep(Duration::from_millis(100)).await;
        x + 1
    }));
    let first = tokio::time::timeout(Duration::from_millis(150), s.next()).await;
    println!("first: {first:?}");
    let second = tokio::time::timeout(Duration::from_millis(50), s.next()).await;
    println!("second timed out: {}", second.is_err());
    drop(s);
    println!("stream dropped");
}

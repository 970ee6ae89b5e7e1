//! tokio-stream's `merge`, `once`, `empty` and `pending`
//!
//! `a.merge(b)` fuses both streams and alternates which one each poll tries first (`a` on the
//! first poll), so two ready streams interleave item by item and the longer one's tail follows;
//! items from two channels come in the order they arrive. `once(v)` yields `v` and ends,
//! `empty()` ends at once, and `pending()` never yields nor ends, so a merge with it never ends
//! either (a `timeout` shows it).

use tokio::sync::mpsc;
use tokio::time::{Duration, sleep};
use tokio_stream::wrappers::ReceiverStream;
use tokio_stream::{self as stream, StreamExt};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let a = stream::iter(vec![1, 3, 5]);
    let b = stream::iter(vec![2, 4, 6, 8, 10]);
    let out: Vec<i32> = a.merge(b).collect().await;
    println!("{out:?}");
    let mut one = stream::once(7).merge(stream::empty());
    println!("{:?} {:?}", one.next().await, one.next().await);
    let (tx1, rx1) = mpsc::channel(4);
    let (tx2, rx2) = mpsc::channel(4);
    tokio::spawn(async move {
        for i in 0..3 {
            sleep(Duration::from_millis(10)).await;
            tx1.send(format!("a{i}")).await.unwrap();
        }
    });
    tokio::spawn(async move {
        for i in 0..3 {
            sleep(Duration::from_millis(15)).await;
            tx2.send(format!("b{i}")).await.unwrap();
        }
    });
    let mut m = ReceiverStream::new(rx1).merge(ReceiverStream::new(rx2)).map(|s| s.to_uppercase());
    let start = tokio::time::Instant::now();
    while let Some(v) = m.next().await {
        println!("{v} at {:?}", start.elapsed());
    }
    let mut p = stream::pending::<i32>().merge(stream::iter(vec![1]));
    println!("{:?}", p.next().await);
    let r = tokio::time::timeout(Duration::from_millis(5), p.next()).await;
    println!("{r:?}");
}

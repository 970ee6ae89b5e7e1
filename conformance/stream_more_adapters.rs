//! tokio-stream's other adapters: skip, skip_while, take_while,
//! map_while, filter_map, chain, fuse, and the futures any, all and fold
//!
//! Each runs as tokio-stream 0.1.19's does. `any` and `all` look at up to
//! 32 items a poll, then yield, so a task spawned before them runs in
//! between; `fold` and the adapters do not yield themselves (`iter`
//! does, every 32 items). A fused or chained stream drops what it wraps
//! once that has ended: a `ReceiverStream`'s receiver goes with it.
use std::pin::Pin;
use std::task::{Context, Poll};
use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;
use tokio_stream::{self as stream, Stream, StreamExt};

struct Countdown(u32);

impl Stream for Countdown {
    type Item = u32;

    fn poll_next(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Option<u32>> {
        if self.0 == 0 {
            return Poll::Ready(None);
        }
        self.0 -= 1;
        Poll::Ready(Some(self.0))
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut s = stream::iter(1..=10).skip(2).skip_while(|x| *x < 5).take_while(|x| *x < 9);
    let mut got = Vec::new();
    while let Some(x) = s.next().await {
        got.push(x);
    }
    println!("skip/skip_while/take_while: {got:?}");

    let mut s = stream::iter(vec!["1", "x", "3", "4", "y"]).filter_map(|t| t.parse::<u32>().ok()).map_while(|n| if n < 4 { Some(n * 10) } else { None });
    let mut got = Vec::new();
    while let Some(x) = s.next().await {
        got.push(x);
    }
    println!("filter_map/map_while: {got:?}, then {:?}", s.next().await);

    let (tx, rx) = mpsc::channel(4);
    tx.send(1).await.unwrap();
    tx.send(2).await.unwrap();
    let tx2 = tx.clone();
    drop(tx);
    let mut chained = stream::iter(vec![7, 8]).chain(ReceiverStream::new(rx)).chain(Countdown(2));
    let mut got = Vec::new();
    for _ in 0..4 {
        got.push(chained.next().await);
    }
    println!("chain so far: {got:?}, receiver closed: {}", tx2.is_closed());
    drop(tx2);
    while let Some(x) = chained.next().await {
        got.push(Some(x));
    }
    println!("chain: {got:?}");

    let (tx, rx) = mpsc::channel::<u32>(1);
    let mut fused = ReceiverStream::new(rx).fuse();
    let sender = tokio::spawn(async move {
        tx.send(5).await.unwrap();
        tx
    });
    println!("fuse: {:?}", fused.next().await);
    let tx = sender.await.unwrap();
    drop(tx);
    println!("fuse: {:?} {:?}", fused.next().await, fused.next().await);
    let mut user = Countdown(3).fuse();
    println!("user fuse: {:?} {:?} {:?} {:?} {:?}", user.next().await, user.next().await, user.next().await, user.next().await, user.next().await);

    let ticker = tokio::spawn(async {
        for i in 0..3 {
            println!("ticker {i}");
            tokio::task::yield_now().await;
        }
    });
    let mut big = stream::iter(0..100);
    let all_small = big.all(|x| x < 1000).await;
    println!("all: {all_small}");
    let mut big = stream::iter(0..100);
    println!("any 70: {}", big.any(|x| x == 70).await);
    println!("next after any: {:?}", big.next().await);
    ticker.await.unwrap();

    let sum = stream::iter(1..=100).fold(0u64, |acc, x| acc + x).await;
    let joined = Countdown(4).fold(String::new(), |acc, x| format!("{acc}{x}")).await;
    println!("fold: {sum} {joined}");
}

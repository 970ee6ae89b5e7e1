//! mpsc `poll_recv_many` polled by hand, and `Pin::into_inner`
//!
//! `rx.poll_recv_many(cx, &mut buf, limit)` is `recv_many` polled once: it appends up to `limit`
//! buffered messages to `buf` and is ready with their count, or registers the task and is
//! pending while the channel is empty and open; a limit of 0 is ready with 0 at once, and a
//! closed, drained channel gives 0. `Pin::into_inner` gives back the pointer an `Unpin` value was
//! pinned with.

use std::future::poll_fn;
use std::pin::Pin;
use std::task::Poll;
use tokio::sync::mpsc;
use tokio::time::{Duration, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(8);
    tokio::spawn(async move {
        for i in 0..5 {
            tx.send(i).await.unwrap();
        }
        sleep(Duration::from_millis(5)).await;
        tx.send(10).await.unwrap();
    });
    let mut buf = Vec::new();
    loop {
        let mut polls = 0;
        let n = poll_fn(|cx| {
            polls += 1;
            rx.poll_recv_many(cx, &mut buf, 3)
        })
        .await;
        println!("got {n} after {polls} polls: {buf:?}");
        if n == 0 {
            break;
        }
    }
    let (utx, mut urx) = mpsc::unbounded_channel::<&str>();
    utx.send("a").unwrap();
    drop(utx);
    let mut v = vec!["x"];
    let p = poll_fn(|cx| Poll::Ready(urx.poll_recv_many(cx, &mut v, 0))).await;
    println!("{p:?} {v:?}");
    let p = poll_fn(|cx| Poll::Ready(urx.poll_recv_many(cx, &mut v, 5))).await;
    println!("{p:?} {v:?}");
    let p = poll_fn(|cx| Poll::Ready(urx.poll_recv_many(cx, &mut v, 5))).await;
    println!("{p:?} {v:?}");

    let mut h = tokio::spawn(async { 4 });
    let pinned = Pin::new(&mut h);
    let inner: &mut tokio::task::JoinHandle<i32> = Pin::into_inner(pinned);
    println!("{}", inner.await.unwrap());
    let x = 5;
    let r = Pin::into_inner(Pin::new(&x));
    println!("{}", *r + 1);
}

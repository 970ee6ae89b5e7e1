//! Hand-written futures: polling Tokio's own futures by hand
//!
//! A hand-written future can own Tokio futures and poll them itself. A `Pin<Box<Sleep>>` polled
//! with `as_mut().poll(cx)` registers its timer with the polling task's waker, so the task is
//! polled again when the timer fires (and not before). `Receiver::poll_recv` registers the task as
//! the channel's waiter, as `recv().await` does. A `JoinHandle` is `Unpin`, so `Pin::new(&mut h)`
//! polls it; a boxed `async` block polled by hand runs up to its first `.await`.

use std::future::{Future, poll_fn};
use std::pin::Pin;
use std::task::{Context, Poll};
use tokio::sync::mpsc;
use tokio::time::{Duration, Instant, Sleep, sleep};

struct Deadline {
    sleep: Pin<Box<Sleep>>,
    polls: u32,
}

impl Future for Deadline {
    type Output = u32;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        self.polls += 1;
        match self.sleep.as_mut().poll(cx) {
            Poll::Ready(()) => Poll::Ready(self.polls),
            Poll::Pending => Poll::Pending,
        }
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let polls = Deadline { sleep: Box::pin(sleep(Duration::from_millis(30))), polls: 0 }.await;
    println!("deadline: ready after {polls} polls at {} ms", start.elapsed().as_millis());

    let (tx, mut rx) = mpsc::channel::<u32>(4);
    tokio::spawn(async move {
        for i in 1..=3 {
            sleep(Duration::from_millis(10)).await;
            tx.send(i).await.unwrap();
        }
    });
    let mut polls = 0;
    while let Some(v) = poll_fn(|cx| {
        polls += 1;
        rx.poll_recv(cx)
    })
    .await
    {
        println!("poll_recv: {v} at {} ms ({polls} polls so far)", start.elapsed().as_millis());
    }
    println!("poll_recv: closed after {polls} polls");

    let mut h = tokio::spawn(async {
        sleep(Duration::from_millis(5)).await;
        7
    });
    let mut polls = 0;
    let out = poll_fn(|cx| {
        polls += 1;
        Pin::new(&mut h).poll(cx)
    })
    .await
    .unwrap();
    println!("join handle: {out} after {polls} polls at {} ms", start.elapsed().as_millis());

    let mut boxed: Pin<Box<dyn Future<Output = u32>>> = Box::pin(async {
        println!("boxed: started");
        sleep(Duration::from_millis(1)).await;
        println!("boxed: woke");
        9
    });
    let mut first = true;
    let v = poll_fn(|cx| {
        let p = boxed.as_mut().poll(cx);
        if first {
            println!("boxed: first poll pending = {}", p.is_pending());
            first = false;
        }
        p
    })
    .await;
    println!("boxed: {v} at {} ms", start.elapsed().as_millis());
}

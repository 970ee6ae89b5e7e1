//! Hand-written streams: `impl Stream` for a user type
//!
//! A user type implements tokio-stream's `Stream` with `type Item` and `poll_next`. With
//! `StreamExt` in scope, `s.next().await` calls `poll_next` with the task's context until it is
//! ready (a pending one is polled again when its waker is woken), and what `poll_next` changed
//! stays in `s`; `map`, `filter` and `take` adapt it like any stream. The `Interval` is the Tokio
//! tutorial's (streams page), built on a pinned `Sleep` that it resets for the next tick.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use tokio::time::{Duration, Instant, Sleep, sleep};
use tokio_stream::{Stream, StreamExt};

struct Interval {
    rem: usize,
    delay: Pin<Box<Sleep>>,
}

impl Stream for Interval {
    type Item = ();

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<()>> {
        if self.rem == 0 {
            return Poll::Ready(None);
        }
        match self.delay.as_mut().poll(cx) {
            Poll::Ready(()) => {
                let when = self.delay.deadline() + Duration::from_millis(10);
                self.delay.as_mut().reset(when);
                self.rem -= 1;
                Poll::Ready(Some(()))
            }
            Poll::Pending => Poll::Pending,
        }
    }
}

/// Counts up to `end`, returning `Pending` (and waking itself) before every odd number.
struct Counter {
    n: u32,
    end: u32,
    polls: u32,
}

impl Stream for Counter {
    type Item = u32;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<u32>> {
        self.polls += 1;
        if self.n == self.end {
            return Poll::Ready(None);
        }
        if self.n % 2 == 0 && self.polls % 2 == 1 {
            cx.waker().wake_by_ref();
            return Poll::Pending;
        }
        self.n += 1;
        Poll::Ready(Some(self.n))
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let mut iv = Interval { rem: 3, delay: Box::pin(sleep(Duration::from_millis(10))) };
    while let Some(()) = iv.next().await {
        println!("tick at {} ms, {} left", start.elapsed().as_millis(), iv.rem);
    }
    println!("interval done: {:?}", iv.next().await);

    let worker = tokio::spawn(async {
        for i in 0..3 {
            println!("worker step {i}");
            tokio::task::yield_now().await;
        }
    });
    let mut c = Counter { n: 0, end: 4, polls: 0 };
    while let Some(x) = c.next().await {
        println!("counter: {x} (polls so far: {})", c.polls);
    }
    worker.await.unwrap();

    let iv = Interval { rem: 5, delay: Box::pin(sleep(Duration::from_millis(10))) };
    let mut s = iv.map(|()| start.elapsed().as_millis()).filter(|ms| *ms != 50).take(3);
    while let Some(ms) = s.next().await {
        println!("mapped: {ms} ms");
    }
    let mut evens = Counter { n: 0, end: 10, polls: 0 }.filter(|x| x % 2 == 0).map(|x| x * 100);
    while let Some(x) = evens.next().await {
        println!("even: {x}");
    }
}

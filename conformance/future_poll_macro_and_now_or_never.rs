//! Hand-written futures: `futures::poll!` and `FutureExt::now_or_never`
//!
//! `poll!(fut)` polls an `Unpin` future once from an `async fn`, with the task's own context: a
//! pending timer or `JoinHandle` is registered, so the task is woken when it is ready, and the
//! next `poll!` continues where the last one stopped. `fut.now_or_never()` polls once with a
//! no-op waker and drops the future: `Some(output)` if it was ready, else `None`, and nothing it
//! registered wakes the task later (a message sent afterwards does not).

use futures::FutureExt;
use futures::poll;
use std::future::{Future, poll_fn};
use std::pin::Pin;
use std::task::{Context, Poll};
use tokio::sync::mpsc;
use tokio::time::{Duration, Instant, sleep, timeout};

struct Countdown {
    n: u32,
}

impl Future for Countdown {
    type Output = &'static str;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<&'static str> {
        if self.n == 0 {
            return Poll::Ready("liftoff");
        }
        println!("countdown: {}", self.n);
        self.n -= 1;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();

    let mut s = Box::pin(sleep(Duration::from_millis(5)));
    match poll!(s.as_mut()) {
        Poll::Pending => println!("sleep: pending at {} ms", start.elapsed().as_millis()),
        Poll::Ready(()) => println!("sleep: ready"),
    }
    // The task's waker is registered: this await ends when the timer fires.
    s.as_mut().await;
    println!("sleep: done at {} ms", start.elapsed().as_millis());

    let mut h = tokio::spawn(async { 3 });
    println!("handle ready before the task ran: {}", poll!(&mut h).is_ready());
    tokio::task::yield_now().await;
    if let Poll::Ready(v) = poll!(&mut h) {
        println!("handle: {}", v.unwrap());
    }

    let mut c = Box::pin(Countdown { n: 2 });
    let mut polls = 0;
    let out = loop {
        polls += 1;
        if let Poll::Ready(out) = poll!(c.as_mut()) {
            break out;
        }
        tokio::task::yield_now().await;
    };
    println!("countdown: {out} after {polls} polls");

    println!("ready block: {:?}", async { 5 }.now_or_never());
    println!("sleep: {:?}", sleep(Duration::from_millis(1)).now_or_never());
    println!("zero sleep: {:?}", sleep(Duration::ZERO).now_or_never());
    println!("countdown: {:?}", Countdown { n: 0 }.now_or_never());
    println!("countdown: {:?}", Countdown { n: 1 }.now_or_never());

    let (tx, mut rx) = mpsc::channel::<u32>(4);
    tx.send(1).await.unwrap();
    println!("recv: {:?}", rx.recv().now_or_never());
    println!("recv: {:?}", rx.recv().now_or_never());
    tokio::spawn(async move {
        sleep(Duration::from_millis(5)).await;
        tx.send(2).await.unwrap();
        println!("sent 2 at {} ms", start.elapsed().as_millis());
    });
    // Not woken by the send: the empty receive registered a no-op waker.
    let mut polls = 0;
    let waited = timeout(
        Duration::from_millis(10),
        poll_fn(|_cx| {
            polls += 1;
            Poll::<()>::Pending
        }),
    )
    .await;
    println!("waited: {waited:?}, {polls} polls, at {} ms", start.elapsed().as_millis());
    println!("recv: {:?}", rx.recv().await);
}

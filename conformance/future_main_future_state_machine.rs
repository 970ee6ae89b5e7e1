//! Hand-written futures: the tutorial's `MainFuture` state machine
//!
//! Tokio's "Async in depth" writes `main` by hand as an enum: `match *self` picks the state,
//! `State1(ref mut my_future)` binds the inner `Delay` in place and `Pin::new(my_future).poll(cx)`
//! polls it (what `poll` changes in the `Delay` stays in the state), `*self = ..` moves to the
//! next state. `mut self: Pin<&mut Self>` lets `poll` write its fields. A `Delay` not yet due
//! wakes its task with `wake_by_ref`: a task that keeps waking itself keeps the runtime busy, so
//! the paused clock never moves on its own; here a ticker task advances it.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use tokio::time::{Duration, Instant};

struct Delay {
    when: Instant,
    polls: u32,
}

impl Future for Delay {
    type Output = &'static str;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<&'static str> {
        self.polls += 1;
        if Instant::now() >= self.when {
            println!("Hello world (poll {})", self.polls);
            Poll::Ready("done")
        } else {
            println!("delay: not yet (poll {})", self.polls);
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

enum MainFuture {
    State0,
    State1(Delay),
    Terminated,
}

impl Future for MainFuture {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        use MainFuture::*;

        loop {
            match *self {
                State0 => {
                    let when = Instant::now() + Duration::from_millis(10);
                    let future = Delay { when, polls: 0 };
                    println!("state0 -> state1");
                    *self = State1(future);
                }
                State1(ref mut my_future) => match Pin::new(my_future).poll(cx) {
                    Poll::Ready(out) => {
                        assert_eq!(out, "done");
                        println!("state1 -> terminated");
                        *self = Terminated;
                        return Poll::Ready(());
                    }
                    Poll::Pending => {
                        return Poll::Pending;
                    }
                },
                Terminated => {
                    panic!("future polled after completion")
                }
            }
        }
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let ticker = tokio::spawn(async move {
        for i in 1..=4 {
            tokio::time::advance(Duration::from_millis(3)).await;
            println!("ticker: {} ms ({i})", start.elapsed().as_millis());
        }
    });
    MainFuture::State0.await;
    println!("main future: ready at {} ms", start.elapsed().as_millis());
    ticker.await.unwrap();

    // Due at once: ready at the first poll, no wake-up.
    let mut now = MainFuture::State1(Delay { when: Instant::now(), polls: 5 });
    std::future::poll_fn(|cx| Pin::new(&mut now).poll(cx)).await;
    println!("due at once");
}

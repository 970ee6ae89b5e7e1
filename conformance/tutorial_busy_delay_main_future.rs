//! The tutorial's first hand-written futures: a `Delay` that wakes itself, and `MainFuture`
//!
//! The Tokio tutorial's "Async in depth" page starts with a `Delay` future that compares
//! `std::time::Instant::now()` with its deadline and, while it is early, calls
//! `cx.waker().wake_by_ref()` before returning `Poll::Pending`: the task is scheduled again at
//! once and polled over and over until 10 ms of real time have passed. Then it shows the state
//! machine the compiler makes of `async fn main`, written by hand as `MainFuture`: `State0`
//! creates the `Delay`, `State1` polls it through `Pin::new(&mut ..)`, `Terminated` is the end.
//! Each poll of a task takes a little real time, so the busy-polling ends.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

struct Delay {
    when: Instant,
}

impl Future for Delay {
    type Output = &'static str;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<&'static str> {
        if Instant::now() >= self.when {
            println!("Hello world");
            Poll::Ready("done")
        } else {
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
                    let future = Delay { when };
                    *self = State1(future);
                }
                State1(ref mut my_future) => match Pin::new(my_future).poll(cx) {
                    Poll::Ready(out) => {
                        assert_eq!(out, "done");
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
    let when = Instant::now() + Duration::from_millis(10);
    let out = Delay { when }.await;
    println!("{out} after at least 10 ms: {}", start.elapsed() >= Duration::from_millis(10));

    let other = tokio::spawn(async {
        println!("another task runs while the Delay spins");
    });
    MainFuture::State0.await;
    other.await.unwrap();
    println!("MainFuture finished after at least 20 ms: {}", start.elapsed() >= Duration::from_millis(20));
}

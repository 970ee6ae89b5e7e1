//! Hand-written futures: `get_mut`, `Pin::into_inner`, `&mut *self`, and polls through a `&mut`
//!
//! Inside `poll`, `self.get_mut()`, `Pin::into_inner(self)`, `Pin::get_mut(self)` and
//! `&mut *self` (with `mut self`) all give a `&mut Self`: what is written through it is the
//! future's state at the next poll. A combinator generic over its inner future polls it with
//! `Pin::new(&mut self.inner).poll(cx)` and the inner future keeps its own progress.
//! A future awaited through a reference (`(&mut f).await`, `timeout(d, &mut f)`,
//! `Pin::new(&mut f)`, `pin!` then `as_mut()`, an element `&mut v[0]`) is the variable's own
//! value: after the await its fields show every poll, it can be printed, cloned, matched and
//! compared, a field written afterwards is seen by the next await, and its `Drop` runs once,
//! when the variable goes.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

#[derive(Debug, Clone, PartialEq)]
struct Countdown {
    name: &'static str,
    left: u32,
    polls: u32,
}

impl Countdown {
    fn new(name: &'static str, left: u32) -> Countdown {
        Countdown { name, left, polls: 0 }
    }
}

impl Drop for Countdown {
    fn drop(&mut self) {
        println!("drop {} after {} polls", self.name, self.polls);
    }
}

impl Future for Countdown {
    type Output = u32;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        let this = self.get_mut();
        this.polls += 1;
        if this.left == 0 {
            return Poll::Ready(this.polls);
        }
        this.left -= 1;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

struct Steps {
    seen: Vec<u32>,
}

impl Future for Steps {
    type Output = Vec<u32>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Vec<u32>> {
        let me = Pin::into_inner(self);
        let n = me.seen.len() as u32;
        me.seen.push(n * 10);
        if me.seen.len() < 3 {
            cx.waker().wake_by_ref();
            return Poll::Pending;
        }
        Poll::Ready(std::mem::take(&mut me.seen))
    }
}

struct Doubler {
    value: u32,
}

impl Future for Doubler {
    type Output = u32;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        let me = &mut *self;
        me.value *= 2;
        if me.value < 40 {
            cx.waker().wake_by_ref();
            return Poll::Pending;
        }
        let done = Pin::get_mut(self);
        Poll::Ready(done.value)
    }
}

/// Counts the polls of any `Unpin` future it wraps.
struct Counted<F> {
    inner: F,
    polls: u32,
}

impl<F: Future + Unpin> Future for Counted<F> {
    type Output = (F::Output, u32);

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        self.polls += 1;
        match Pin::new(&mut self.inner).poll(cx) {
            Poll::Ready(out) => Poll::Ready((out, self.polls)),
            Poll::Pending => Poll::Pending,
        }
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("get_mut: {}", Countdown::new("a", 2).await);
    println!("into_inner: {:?}", Steps { seen: Vec::new() }.await);
    println!("&mut *self: {}", Doubler { value: 3 }.await);

    let (out, polls) = Counted { inner: Countdown::new("inner", 3), polls: 0 }.await;
    println!("counted a countdown: {out} in {polls} polls");
    let sleep = Box::pin(tokio::time::sleep(Duration::from_millis(5)));
    let (_, polls) = Counted { inner: sleep, polls: 0 }.await;
    println!("counted a sleep: {polls} polls");

    let mut f = Countdown::new("f", 2);
    let n = (&mut f).await;
    println!("after (&mut f).await: {n}, {f:?}");
    let copy = f.clone();
    let Countdown { left, polls, .. } = f.clone();
    println!("clone equal: {}, left {left}, polls {polls}", copy == f);
    f.left = 1;
    let again = Pin::new(&mut f).await;
    match &f {
        Countdown { polls, .. } if *polls > 3 => println!("again: {again}, {polls} polls in all"),
        _ => println!("again: too few polls"),
    }
    let r = tokio::time::timeout(Duration::from_secs(1), &mut f).await;
    println!("through a timeout: {r:?}, {} polls", f.polls);

    let pinned = Countdown::new("pinned", 1);
    tokio::pin!(pinned);
    let first = pinned.as_mut().await;
    pinned.left = 2;
    let second = pinned.as_mut().await;
    println!("pinned: {first} then {second}, {} polls", pinned.polls);

    let mut v = vec![Countdown::new("v0", 1), Countdown::new("v1", 0)];
    let x = (&mut v[0]).await;
    println!("element: {x}, {} polls", v[0].polls);
    drop(v);
    println!("end of main");
}

//! Calling `poll` on a future that is not pinned
//!
//! `Future::poll` takes `self: Pin<&mut Self>`, so `self.inner.poll(cx)` on a plain field does not
//! compile: rustc reports E0599, "no method named `poll` found". Pin it first:
//! `Pin::new(&mut self.inner).poll(cx)` (the inner future is `Unpin`).

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

struct Ready;

impl Future for Ready {
    type Output = u32;

    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<u32> {
        Poll::Ready(1)
    }
}

struct Outer {
    inner: Ready,
}

impl Future for Outer {
    type Output = u32;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        self.inner.poll(cx)
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("{}", Outer { inner: Ready }.await);
}

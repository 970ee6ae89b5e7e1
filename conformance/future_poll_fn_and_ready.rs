//! Hand-written futures: `poll_fn`, `ready!` and polling an inner future
//!
//! `std::future::poll_fn` turns a closure into a future; the closure keeps its captured state
//! between polls. A future that owns another one polls it with `Pin::new(&mut self.inner)`
//! (a hand-written future is `Unpin`) and `std::task::ready!` returns `Poll::Pending` on its
//! behalf until the inner one is ready. `Box::pin` and `Pin<Box<dyn Future>>` run it as well,
//! and `join!` polls two of them in turn.

use std::future::{Future, poll_fn};
use std::pin::Pin;
use std::task::{Context, Poll, ready};

struct Countdown {
    n: u32,
}

impl Future for Countdown {
    type Output = u32;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        if self.n == 0 {
            Poll::Ready(100)
        } else {
            self.n -= 1;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

struct Logged {
    name: &'static str,
    polls: u32,
    inner: Countdown,
}

impl Future for Logged {
    type Output = u32;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        self.polls += 1;
        println!("{}: poll {}", self.name, self.polls);
        let v = ready!(Pin::new(&mut self.inner).poll(cx));
        println!("{}: inner ready with {v}", self.name);
        Poll::Ready(v + self.polls)
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut left = 3;
    let out = poll_fn(|cx| {
        if left == 0 {
            return Poll::Ready("done");
        }
        left -= 1;
        println!("poll_fn: pending, {left} left");
        cx.waker().wake_by_ref();
        Poll::Pending
    })
    .await;
    println!("poll_fn gave {out}; left = {left}");

    let v = Logged { name: "plain", polls: 0, inner: Countdown { n: 1 } }.await;
    println!("plain gave {v}");

    let boxed: Pin<Box<dyn Future<Output = u32>>> = Box::pin(Logged { name: "boxed", polls: 0, inner: Countdown { n: 0 } });
    println!("boxed gave {}", boxed.await);

    let (x, y) = tokio::join!(Logged { name: "left", polls: 0, inner: Countdown { n: 2 } }, Logged { name: "right", polls: 0, inner: Countdown { n: 1 } },);
    println!("join gave {x} and {y}");

    let p = Poll::Ready(5).map(|v| v * 2);
    let q: Poll<u32> = Poll::Pending;
    println!("{p:?} {q:?} {} {}", p.is_ready(), q.is_pending());
}

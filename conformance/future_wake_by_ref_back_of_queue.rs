//! Hand-written futures: a self-wake puts the task at the back of the run queue
//!
//! A future whose `poll` calls `cx.waker().wake_by_ref()` and returns `Poll::Pending` is polled
//! again after the tasks already queued: the wake-up of a running task re-queues it when its poll
//! ends (unlike `yield_now`, whose waker waits on the defer list). A future that is spawned
//! directly is a task of its own; awaited in `main`, its self-wake sets main's flag, and main is
//! polled again once the queue is empty.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

struct Countdown {
    name: &'static str,
    n: u32,
}

impl Future for Countdown {
    type Output = u32;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        println!("{} polled, n = {}", self.name, self.n);
        if self.n == 0 {
            return Poll::Ready(self.name.len() as u32 * 10);
        }
        self.n -= 1;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let a = tokio::spawn(Countdown { name: "a", n: 2 });
    let b = tokio::spawn(async {
        for i in 0..3 {
            println!("b step {i}");
            tokio::task::yield_now().await;
        }
    });
    let c = tokio::spawn(Countdown { name: "cc", n: 1 });
    let out = Countdown { name: "main", n: 2 }.await;
    println!("main got {out}");
    println!("a got {}", a.await.unwrap());
    b.await.unwrap();
    println!("c got {}", c.await.unwrap());
}

//! A hand-written executor that polls with a no-op waker: it loops until each future is ready
//!
//! The simplest executor written by hand keeps boxed futures in a queue and
//! polls each with a `Context` of `futures::task::noop_waker()` (or
//! `std::task::Waker::noop()`). Waking that waker does nothing, so a pending
//! future runs again only because the loop comes back to it: a future
//! ready at its first poll finishes first, and one that waits for a deadline
//! on the real clock is polled many times, each poll picking up at its
//! `.await`. A future that is never woken is still polled, round after round.

use futures::task::noop_waker;
use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};
use std::time::{Duration, Instant};

/// Pending until its deadline; it wakes its waker each time, as a busy
/// future must.
struct Deadline {
    at: Instant,
    polls: u32,
}

impl Future for Deadline {
    type Output = u32;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        self.polls += 1;
        if Instant::now() >= self.at {
            Poll::Ready(self.polls)
        } else {
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

/// Pending for its first `left` polls, waking nobody.
struct Stubborn {
    left: u32,
}

impl Future for Stubborn {
    type Output = &'static str;

    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<&'static str> {
        if self.left == 0 {
            return Poll::Ready("gave in");
        }
        self.left -= 1;
        Poll::Pending
    }
}

fn after(ms: u64) -> Deadline {
    Deadline { at: Instant::now() + Duration::from_millis(ms), polls: 0 }
}

fn run(queue: &mut VecDeque<(&'static str, Pin<Box<dyn Future<Output = ()>>>)>, waker: &Waker) -> u32 {
    let mut cx = Context::from_waker(waker);
    let mut rounds = 0;
    while let Some((name, mut future)) = queue.pop_front() {
        rounds += 1;
        match future.as_mut().poll(&mut cx) {
            Poll::Ready(()) => println!("{name} finished"),
            Poll::Pending => queue.push_back((name, future)),
        }
    }
    rounds
}

fn main() {
    let mut queue: VecDeque<(&'static str, Pin<Box<dyn Future<Output = ()>>>)> = VecDeque::new();
    queue.push_back((
        "slow",
        Box::pin(async {
            let polls = after(30).await;
            println!("slow: ready after more than one poll: {}", polls > 1);
        }),
    ));
    queue.push_back((
        "quick",
        Box::pin(async {
            println!("quick: nothing to wait for");
        }),
    ));
    queue.push_back((
        "medium",
        Box::pin(async {
            after(10).await;
            println!("medium: first wait over");
            after(5).await;
            println!("medium: second wait over");
        }),
    ));
    queue.push_back((
        "stubborn",
        Box::pin(async {
            println!("stubborn: {}", Stubborn { left: 3 }.await);
        }),
    ));
    let rounds = run(&mut queue, &noop_waker());
    println!("more than 10 polls in all: {}", rounds > 10);

    queue.push_back((
        "again",
        Box::pin(async {
            println!("again: {}", Stubborn { left: 1 }.await);
        }),
    ));
    println!("polls with Waker::noop(): {}", run(&mut queue, Waker::noop()));
}

//! A hand-written future changes its state through a `self: Pin<&mut Self>` that is not `mut`
//!
//! `self.polls += 1` inside `poll` goes through `Pin`'s `DerefMut`, whose `deref_mut` borrows the
//! `Pin` itself mutably, so the parameter must be declared `mut self: Pin<&mut Self>`: rustc's
//! E0596, "cannot borrow `self` as mutable, as it is not declared as mutable", at `self`. (A
//! method taking `self: &mut Self` needs no `mut`; nor does `self.get_mut()`, which takes the
//! `Pin` by value.)

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

struct Countdown {
    left: u32,
    polls: u32,
}

impl Future for Countdown {
    type Output = u32;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        self.polls += 1;
        if self.left == 0 {
            return Poll::Ready(self.polls);
        }
        self.left -= 1;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let polls = Countdown { left: 2, polls: 0 }.await;
    println!("ready after {polls} polls");
}

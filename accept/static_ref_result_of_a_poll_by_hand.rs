//! A result holding only `&'static` references does not borrow the temporary it came from
//!
//! `Pin::new(&mut d).poll(cx)` returns `Poll<&'static str>`: the `str` is `'static`, so the
//! result borrows neither the `Pin` temporary nor `d`, and keeping it in a `let` past the
//! statement is fine (no E0716), as is moving `d` afterwards. The same for a method returning
//! `Option<&'static str>` on a temporary.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

struct Ready {
    polls: u32,
}

impl Future for Ready {
    type Output = &'static str;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<&'static str> {
        self.polls += 1;
        if self.polls < 2 {
            cx.waker().wake_by_ref();
            return Poll::Pending;
        }
        Poll::Ready("ready")
    }
}

struct Names;

impl Names {
    fn first(&self) -> Option<&'static str> {
        Some("ann")
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut d = Some(Ready { polls: 0 });
    std::future::poll_fn(move |cx| {
        let mut r = d.take().unwrap();
        let res = Pin::new(&mut r).poll(cx);
        println!("first poll pending: {}", res.is_pending());
        tokio::spawn(async move {
            println!("{}", r.await);
        });
        Poll::Ready(())
    })
    .await;
    let name = Names.first();
    println!("{name:?}");
    tokio::task::yield_now().await;
    tokio::task::yield_now().await;
}

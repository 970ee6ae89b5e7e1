//! Coop budget: a futures channel takes none, `poll_proceed` makes it cooperative
//!
//! futures' `UnboundedReceiver` is a `Stream` that knows nothing of Tokio's budget: 150 receives in
//! one poll, and the budget is still there. Wrapped as `coop::poll_proceed`'s own example wraps it,
//! each item takes a unit (kept by `made_progress`), so after 128 more the wrapper is `Pending`,
//! the task is deferred, and the ticker gets its turn before the last 22 items.

use futures::channel::mpsc::{UnboundedReceiver, unbounded};
use futures::stream::{Stream, StreamExt};
use std::pin::Pin;
use std::task::{Context, Poll, ready};
use tokio::task::coop;

struct CoopRx<T> {
    receiver: UnboundedReceiver<T>,
}

impl<T> Stream for CoopRx<T> {
    type Item = T;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<T>> {
        let coop = ready!(coop::poll_proceed(cx));
        match self.receiver.poll_next_unpin(cx) {
            Poll::Ready(v) => {
                coop.made_progress();
                Poll::Ready(v)
            }
            Poll::Pending => Poll::Pending,
        }
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, rx) = unbounded::<u32>();
    for i in 0..300 {
        tx.unbounded_send(i).unwrap();
    }
    drop(tx);
    let ticker = tokio::spawn(async {
        for n in 0..5 {
            println!("ticker {n}");
            tokio::task::yield_now().await;
        }
    });
    let mut plain = rx;
    let mut got = 0;
    // plain futures receiver: never yields to the scheduler
    while let Some(v) = plain.next().await {
        got += 1;
        if got == 150 {
            println!("plain got {v}, budget left: {}", coop::has_budget_remaining());
            break;
        }
    }
    let mut wrapped = CoopRx { receiver: plain };
    while let Some(v) = wrapped.next().await {
        got += 1;
        if v % 50 == 0 {
            println!("coop got {v}");
        }
    }
    println!("total {got}");
    ticker.await.unwrap();
}

//! `oneshot::Sender::poll_closed`, by hand and in a hand-written future
//!
//! `poll_closed(cx)` is `closed()` polled once: `Pending` while the
//! receiver lives (the task is woken when it goes), `Ready(())` after.
use std::future::{Future, poll_fn};
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::sync::oneshot;

struct UntilClosed {
    tx: oneshot::Sender<u32>,
    polls: u32,
}

impl Future for UntilClosed {
    type Output = u32;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        self.polls += 1;
        match self.tx.poll_closed(cx) {
            Poll::Ready(()) => Poll::Ready(self.polls),
            Poll::Pending => Poll::Pending,
        }
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (mut tx, mut rx) = oneshot::channel::<()>();
    tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(10)).await;
        println!("closing the receiver");
        rx.close();
    });
    let mut polls = 0;
    poll_fn(|cx| {
        polls += 1;
        tx.poll_closed(cx)
    })
    .await;
    println!("the receiver closed after {polls} polls");

    let (tx, rx) = oneshot::channel::<u32>();
    tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(5)).await;
        drop(rx);
        println!("receiver dropped");
    });
    let n = UntilClosed { tx, polls: 0 }.await;
    println!("hand-written future done after {n} polls");
}

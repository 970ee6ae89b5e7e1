//! `poll_recv(cx)` inside a hand-written future's `poll`
//!
//! The future passes its `Context` on to the receiver's `poll_recv`,
//! which reborrows it: the task is woken when a message comes.
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use tokio::sync::mpsc;

struct Next {
    rx: mpsc::Receiver<u32>,
    polls: u32,
}

impl Future for Next {
    type Output = (Option<u32>, u32);

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<(Option<u32>, u32)> {
        self.polls += 1;
        match self.rx.poll_recv(cx) {
            Poll::Ready(v) => Poll::Ready((v, self.polls)),
            Poll::Pending => Poll::Pending,
        }
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, rx) = mpsc::channel(1);
    tokio::spawn(async move {
        tokio::task::yield_now().await;
        tx.send(5).await.unwrap();
    });
    let (v, polls) = Next { rx, polls: 0 }.await;
    println!("got {v:?} after {polls} polls");
}

//! `next()` on a hand-written stream without `StreamExt` in scope
//!
//! `next` is a method of the `StreamExt` extension trait, not of `Stream`: implementing `Stream`
//! for a type does not give it `next()` until the trait is imported (`use
//! tokio_stream::StreamExt;`). rustc reports E0599, "no method named `next` found".

use std::pin::Pin;
use std::task::{Context, Poll};
use tokio_stream::Stream;

struct Countdown {
    n: u32,
}

impl Stream for Countdown {
    type Item = u32;

    fn poll_next(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Option<u32>> {
        if self.n == 0 {
            return Poll::Ready(None);
        }
        self.n -= 1;
        Poll::Ready(Some(self.n))
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut c = Countdown { n: 3 };
    while let Some(n) = c.next().await {
        println!("{n}");
    }
}

//! Hand-written futures pinned, then polled by hand
//!
//! A hand-written future pinned with `pin!` (on the stack) or `Box::pin` (on the heap) is polled
//! by hand with `as_mut().poll(cx)`, here from a `poll_fn`; each poll continues where the last one
//! stopped, and a self-wake makes the task poll again.

use std::future::{Future, poll_fn};
use std::pin::{Pin, pin};
use std::task::{Context, Poll};

struct Countdown {
    n: u32,
}

impl Future for Countdown {
    type Output = u32;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        if self.n == 0 {
            return Poll::Ready(5);
        }
        self.n -= 1;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut f = pin!(Countdown { n: 2 });
    let mut polls = 0;
    let v = poll_fn(|cx| {
        polls += 1;
        f.as_mut().poll(cx)
    })
    .await;
    println!("{v} after {polls}");
    let mut b = Box::pin(Countdown { n: 1 });
    let v = poll_fn(|cx| b.as_mut().poll(cx)).await;
    println!("{v}");
}

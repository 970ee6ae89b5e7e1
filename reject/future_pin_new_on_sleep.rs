//! Pinning a `Sleep` in place with `Pin::new`
//!
//! `Sleep` is `!Unpin` (it holds a timer entry that must not move), so `Pin::new(&mut self.sleep)`
//! does not compile inside a hand-written `poll`: rustc reports E0277, "`PhantomPinned` cannot be
//! unpinned". Box it (`Pin<Box<Sleep>>` with `Box::pin`) or use `tokio::pin!`.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use tokio::time::{Duration, Sleep, sleep};

struct Delay {
    sleep: Sleep,
}

impl Future for Delay {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        Pin::new(&mut self.sleep).poll(cx)
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    Delay { sleep: sleep(Duration::from_millis(10)) }.await;
    println!("done");
}

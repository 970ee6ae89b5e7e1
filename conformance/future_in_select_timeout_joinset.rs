//! Hand-written futures wherever Tokio takes a future
//!
//! A hand-written future runs in `select!` (the losing one is dropped), `timeout`, `pin!` awaited
//! through `&mut`, `tokio::pin!` in a `select!` loop (it keeps its progress between iterations),
//! `JoinSet::spawn` and inside a spawned task. A future that wakes itself is polled again after
//! the others queued: here the biased `yield_now` branch wins while the countdown runs.

use std::future::Future;
use std::pin::{Pin, pin};
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::task::JoinSet;

struct Countdown {
    name: &'static str,
    n: u32,
}

impl Future for Countdown {
    type Output = &'static str;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<&'static str> {
        if self.n == 0 {
            return Poll::Ready(self.name);
        }
        self.n -= 1;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let won = tokio::select! {
        a = Countdown { name: "a", n: 3 } => a,
        b = Countdown { name: "b", n: 1 } => b,
    };
    println!("select: {won}");
    let t = tokio::time::timeout(Duration::from_millis(5), Countdown { name: "t", n: 2 }).await;
    println!("timeout: {t:?}");
    let mut f = pin!(Countdown { name: "pinned", n: 2 });
    let r = (&mut f).await;
    println!("pinned: {r}");
    let g = Countdown { name: "tokio-pinned", n: 4 };
    tokio::pin!(g);
    loop {
        tokio::select! {
            biased;
            v = &mut g => { println!("g: {v}"); break; }
            _ = tokio::task::yield_now() => println!("yield won"),
        }
    }
    let mut set = JoinSet::new();
    set.spawn(Countdown { name: "s1", n: 2 });
    set.spawn(Countdown { name: "s2", n: 0 });
    while let Some(r) = set.join_next().await {
        println!("joinset: {}", r.unwrap());
    }
    let h = tokio::spawn(async { Countdown { name: "in task", n: 1 }.await });
    println!("{}", h.await.unwrap());
}

//! Hand-written futures with the `futures` crate's `poll_fn` and `ready!`
//!
//! `futures::future::poll_fn` is std's `poll_fn` under the `futures` crate's name, and
//! `futures::ready!` returns `Poll::Pending` early as std's `ready!` does. Here a `poll_fn` waits
//! for a `JoinHandle` through `ready!`, counting its polls.

use futures::future::poll_fn;
use futures::ready;
use std::future::Future;
use std::pin::Pin;
use std::task::Poll;
use tokio::time::{Duration, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut handle = tokio::spawn(async {
        sleep(Duration::from_millis(10)).await;
        "worker done"
    });
    let mut polls = 0;
    let out = poll_fn(|cx| {
        polls += 1;
        let r = ready!(Pin::new(&mut handle).poll(cx));
        Poll::Ready(r.unwrap())
    })
    .await;
    println!("{out} after {polls} polls");
}

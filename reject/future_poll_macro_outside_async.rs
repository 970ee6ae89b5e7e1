//! `futures::poll!` in a function that is not `async`
//!
//! `poll!(fut)` expands to an `.await` of a one-poll future, so it needs an `async` context like
//! any `.await`: in a plain `fn` rustc reports E0728, "`await` is only allowed inside `async`
//! functions and blocks".

use futures::poll;
use std::task::Poll;
use tokio::time::{Duration, sleep};

fn check(s: &mut std::pin::Pin<Box<tokio::time::Sleep>>) -> bool {
    matches!(poll!(s.as_mut()), Poll::Ready(()))
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut s = Box::pin(sleep(Duration::from_millis(5)));
    println!("{}", check(&mut s));
}

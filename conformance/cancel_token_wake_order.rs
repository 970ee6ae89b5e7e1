//! Cancelling a token wakes the waiters of its descendants first, in the order of its child list, then its own
//!
//! A parent with children a, b, c (a with a1 and a2, b with b1) and one task waiting on each token, the parent's first.
//! `cancel()` on the parent cancels the whole tree at once; tokio-util then notifies each child it detached
//! (in the order its swap-based walk leaves them: c, a, b, a2, a1, b1) and the parent last, and the tasks run in
//! the order they were woken. A task whose `cancelled()` lost a `select!` is not among them.

use std::time::Duration;
use tokio::time::sleep;
use tokio_util::sync::CancellationToken;

async fn wait_on(name: &'static str, token: CancellationToken) {
    println!("{name} waits");
    token.cancelled().await;
    println!("{name} is cancelled: {}", token.is_cancelled());
}

async fn polls_once(token: CancellationToken) {
    tokio::select! {
        _ = token.cancelled() => println!("never: the sleep wins"),
        _ = sleep(Duration::from_millis(1)) => println!("the select! task stopped waiting"),
    }
    sleep(Duration::from_millis(100)).await;
    println!("the select! task ends after the others");
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let parent = CancellationToken::new();
    let a = parent.child_token();
    let b = parent.child_token();
    let c = parent.child_token();
    let a1 = a.child_token();
    let a2 = a.child_token();
    let b1 = b.child_token();
    let mut handles = Vec::new();
    handles.push(tokio::spawn(polls_once(parent.clone())));
    handles.push(tokio::spawn(wait_on("parent", parent.clone())));
    handles.push(tokio::spawn(wait_on("a", a.clone())));
    handles.push(tokio::spawn(wait_on("b", b.clone())));
    handles.push(tokio::spawn(wait_on("c", c.clone())));
    handles.push(tokio::spawn(wait_on("a1", a1.clone())));
    handles.push(tokio::spawn(wait_on("a2", a2.clone())));
    handles.push(tokio::spawn(wait_on("b1", b1.clone())));
    sleep(Duration::from_millis(10)).await;
    println!("main cancels the parent");
    parent.cancel();
    println!("all cancelled at once: {} {} {}", a.is_cancelled(), a1.is_cancelled(), b1.is_cancelled());
    for h in handles {
        h.await.unwrap();
    }
    println!("a token made from a cancelled one: {}", parent.child_token().is_cancelled());
    parent.cancelled().await;
    println!("cancelled() on a cancelled token is ready at once");
}

//! A child's cancel leaves its parent alone; a dropped token hands its children to its parent
//!
//! Cancelling a child cancels it and its own children only. When every handle of a middle token is dropped,
//! tokio-util moves its children to the grandparent (appended to its list), so they are still cancelled with it,
//! and the wake order follows the new list. Clones share one token, `Debug` shows `is_cancelled`, and a
//! `DropGuard` cancels when dropped unless disarmed.

use std::time::Duration;
use tokio::time::sleep;
use tokio_util::sync::CancellationToken;

async fn wait_on(name: &'static str, token: CancellationToken) {
    token.cancelled().await;
    println!("{name} woke");
}

async fn wait_owned(name: &'static str, token: CancellationToken) {
    token.cancelled_owned().await;
    println!("{name} woke (owned)");
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let root = CancellationToken::new();
    let left = root.child_token();
    let middle = root.child_token();
    let right = root.child_token();
    let m1 = middle.child_token();
    let m2 = middle.child_token();
    let clone = left.clone();
    println!("{:?}", left);
    clone.cancel();
    println!("left: {:?}, root: {:?}", left, root);
    println!("left == clone: {}, left == root: {}", left == clone, left == root);
    drop(middle);
    let mut handles = Vec::new();
    handles.push(tokio::spawn(wait_on("root", root.clone())));
    handles.push(tokio::spawn(wait_owned("right", right.clone())));
    handles.push(tokio::spawn(wait_on("m1", m1.clone())));
    handles.push(tokio::spawn(wait_on("m2", m2.clone())));
    sleep(Duration::from_millis(5)).await;
    let guard = root.clone().drop_guard();
    println!("guard made, root cancelled: {}", root.is_cancelled());
    drop(guard);
    println!("guard dropped, root cancelled: {}", root.is_cancelled());
    for h in handles {
        h.await.unwrap();
    }
    let other = CancellationToken::new();
    let kept = other.clone().drop_guard();
    let back = kept.disarm();
    println!("disarmed: {} {}", back.is_cancelled(), other.is_cancelled());
}

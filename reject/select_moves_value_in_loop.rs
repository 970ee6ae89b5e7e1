//! A value moved into a select! future inside a loop
//!
//! Each iteration evaluates every branch's future again, so `tx.send(msg)` moves `msg` on the first pass and has nothing to move on the second: E0382, even when the other branch won.

use tokio::sync::mpsc;
use tokio::time::{Duration, sleep};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<String>(1);
    let msg = String::from("hello");
    for _ in 0..2 {
        tokio::select! {
            _ = tx.send(msg) => {}
            _ = sleep(Duration::from_millis(1)) => {}
        }
    }
    println!("{:?}", rx.recv().await);
}

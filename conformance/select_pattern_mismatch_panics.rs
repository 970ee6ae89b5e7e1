//! `select!` with every branch disabled and no `else` panics
//!
//! A branch whose output does not match its pattern is disabled and the others keep running: here the closed channel's `None` is refused and the sleep wins. When the only branch is refused, `select!` has nothing left and no `else`, and it panics with Tokio's message.

use tokio::sync::mpsc;
use tokio::time::{Duration, Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel::<u32>(1);
    drop(tx);
    tokio::select! {
        Some(v) = rx.recv() => println!("got {v}"),
        _ = sleep(Duration::from_millis(10)) => println!("[{:?}] sleep wins", start.elapsed()),
    }
    let (tx, mut rx) = mpsc::channel::<u32>(1);
    tokio::spawn(async move {
        sleep(Duration::from_millis(5)).await;
        drop(tx);
    });
    tokio::select! {
        Some(v) = rx.recv() => println!("got {v}"),
    }
    println!("not reached");
}

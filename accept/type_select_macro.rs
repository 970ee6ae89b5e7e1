//! `tokio::select!` between a timer and a channel
//!
//! `select!` polls both branches and runs the first ready one; valid Rust the engine may not support yet.

use tokio::sync::mpsc;
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(1);
    tokio::spawn(async move {
        sleep(Duration::from_millis(5)).await;
        let _ = tx.send(7).await;
    });
    tokio::select! {
        Some(v) = rx.recv() => println!("got {v}"),
        _ = sleep(Duration::from_millis(10)) => println!("timeout"),
    }
}

//! Drops: locals are dropped in reverse order of declaration
//!
//! Two receivers wait for their channels to close, the first one spawned first. The block declares the
//! sender of channel 1, then the sender of channel 2; at its end channel 2's sender is dropped first,
//! so its receiver is woken and runs first. The same holds for the parameters of a function.

#![allow(unused_variables)]

use tokio::sync::mpsc;
use tokio::time::{Duration, sleep};

async fn wait_closed(name: String, mut rx: mpsc::Receiver<u64>) {
    while let Some(_) = rx.recv().await {}
    println!("{} closed", name);
}

fn take_both(first: mpsc::Sender<u64>, second: mpsc::Sender<u64>) {
    println!("take_both returns: its parameters are dropped");
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx1, rx1) = mpsc::channel(1);
    let (tx2, rx2) = mpsc::channel(1);
    let r1 = tokio::spawn(async move { wait_closed(String::from("channel 1"), rx1).await });
    let r2 = tokio::spawn(async move { wait_closed(String::from("channel 2"), rx2).await });
    sleep(Duration::from_millis(1)).await;
    {
        let a = tx1;
        let b = tx2;
        println!("block ends: b is dropped, then a");
    }
    r1.await.unwrap();
    r2.await.unwrap();

    let (tx3, rx3) = mpsc::channel(1);
    let (tx4, rx4) = mpsc::channel(1);
    let r3 = tokio::spawn(async move { wait_closed(String::from("channel 3 (first parameter)"), rx3).await });
    let r4 = tokio::spawn(async move { wait_closed(String::from("channel 4 (second parameter)"), rx4).await });
    sleep(Duration::from_millis(1)).await;
    take_both(tx3, tx4);
    r3.await.unwrap();
    r4.await.unwrap();
}

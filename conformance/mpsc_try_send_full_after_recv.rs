//! Bounded mpsc: a slot freed by recv goes to the blocked sender, so try_send still sees Full
//!
//! The channel (capacity 1) is full and a task is blocked sending 2. Main receives 1, which frees the
//! slot, but the slot is handed straight to the blocked sender, so main's `try_send(3)` right after
//! fails with `Full`. Once 2 has been received and the slot is really free, `try_send` succeeds.

use tokio::sync::mpsc;
use tokio::time::{Duration, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel(1);
    tx.send(1).await.unwrap();
    let tx2 = tx.clone();
    tokio::spawn(async move {
        println!("task: sending 2 blocks, the channel is full");
        tx2.send(2).await.unwrap();
        println!("task: 2 is in the channel");
    });
    sleep(Duration::from_millis(1)).await;

    println!("main received {}", rx.recv().await.unwrap());
    match tx.try_send(3) {
        Ok(_) => println!("try_send(3): Ok"),
        Err(e) => println!("try_send(3): Err({:?})", e),
    }
    println!("main received {}", rx.recv().await.unwrap());
    match tx.try_send(4) {
        Ok(_) => println!("try_send(4): Ok"),
        Err(e) => println!("try_send(4): Err({:?})", e),
    }
    println!("main received {}", rx.recv().await.unwrap());
}

//! mpsc owned permits: `reserve_owned` takes the sender and gives it back after `send`
//!
//! `reserve_owned(self)` moves the `Sender` into an `OwnedPermit`, which keeps the channel
//! open like a sender: the receiver waits for it. `OwnedPermit::send` returns the `Sender`;
//! `release` gives the slot back unsent and returns it too. `try_reserve_owned` on a full
//! channel fails with `Full(sender)`, the sender handed back inside the error.

use tokio::sync::mpsc;
use tokio::time::{Duration, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<&str>(1);
    let permit = tx.reserve_owned().await.unwrap();
    println!("owned permit: senders {}", rx.sender_strong_count());
    let tx = permit.release();
    println!("released: capacity {}", tx.capacity());

    let permit = tx.try_reserve_owned().unwrap();
    let task = tokio::spawn(async move {
        sleep(Duration::from_millis(10)).await;
        let tx = permit.send("late");
        println!("task: sent, capacity {}", tx.capacity());
        match tx.clone().try_reserve_owned() {
            Ok(_) => println!("task: another slot?"),
            Err(e) => println!("task: try_reserve_owned: {} / {:?}", e, e),
        }
    });
    println!("main waits");
    println!("main received {:?}", rx.recv().await);
    task.await.unwrap();
    println!("main received {:?}", rx.recv().await);
}

//! mpsc permits: `reserve` holds a slot, `send` on the permit fills it, dropping it gives it back
//!
//! A `Permit` is a slot of the bounded channel taken ahead of the value: `capacity()` counts it
//! as used while `len()` does not. `Permit::send` puts the value in that slot (it cannot fail);
//! dropping the permit unsent frees the slot again. `try_reserve` on a full channel fails with
//! `Full(())`; a blocked `reserve().await` waits in the same FIFO queue as blocked `send`s.

use tokio::sync::mpsc;
use tokio::time::{Duration, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<i32>(2);
    let permit = tx.reserve().await.unwrap();
    println!("reserved: capacity {} len {}", tx.capacity(), rx.len());
    permit.send(1);
    println!("sent through the permit: capacity {} len {}", tx.capacity(), rx.len());
    let second = tx.try_reserve().unwrap();
    println!("try_reserve: capacity {} len {}", tx.capacity(), rx.len());
    match tx.try_reserve() {
        Ok(_) => println!("a third slot?"),
        Err(e) => println!("try_reserve on a full channel: {} / {:?}", e, e),
    }
    match tx.try_send(9) {
        Ok(()) => println!("sent 9?"),
        Err(e) => println!("try_send on a full channel: {} / {:?}", e, e),
    }
    drop(second);
    println!("permit dropped: capacity {} len {}", tx.capacity(), rx.len());

    tx.send(2).await.unwrap();
    let tx2 = tx.clone();
    let waiter = tokio::spawn(async move {
        println!("task: waiting for a slot");
        let p = tx2.reserve().await.unwrap();
        println!("task: got a slot, capacity {}", tx2.capacity());
        sleep(Duration::from_millis(5)).await;
        p.send(3);
        println!("task: sent 3");
    });
    sleep(Duration::from_millis(1)).await;
    println!("main received {:?}", rx.recv().await);
    println!("capacity after recv {} (the slot went to the task)", tx.capacity());
    println!("main received {:?}", rx.recv().await);
    println!("main received {:?}", rx.recv().await);
    waiter.await.unwrap();
    println!("capacity at the end {}", tx.capacity());
}

//! broadcast `Sender::len`, `is_empty` and `closed().await`
//!
//! The sender's `len` counts the values some receiver has not read yet (a receiver subscribed
//! later does not count for older values); `is_empty` is `len() == 0`. `closed().await`
//! returns once the last receiver is dropped.

use tokio::sync::broadcast;
use tokio::time::{Duration, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut a) = broadcast::channel::<i32>(4);
    println!("len {} empty {} receivers {}", tx.len(), tx.is_empty(), tx.receiver_count());
    tx.send(1).unwrap();
    tx.send(2).unwrap();
    let mut b = tx.subscribe();
    tx.send(3).unwrap();
    println!("len {} empty {} receivers {}", tx.len(), tx.is_empty(), tx.receiver_count());
    a.recv().await.unwrap();
    println!("a read one: len {}", tx.len());
    a.recv().await.unwrap();
    println!("a read two: len {}", tx.len());
    a.recv().await.unwrap();
    println!("a read all: len {}", tx.len());
    b.recv().await.unwrap();
    println!("b read its one: len {} empty {}", tx.len(), tx.is_empty());
    for i in 4..=9 {
        tx.send(i).unwrap();
    }
    println!("after six more: len {}", tx.len());
    drop(b);
    println!("b dropped: len {}", tx.len());

    let tx2 = tx.clone();
    let watcher = tokio::spawn(async move {
        tx2.closed().await;
        println!("task: closed, receivers {}", tx2.receiver_count());
    });
    sleep(Duration::from_millis(2)).await;
    println!("main drops the last receiver");
    drop(a);
    watcher.await.unwrap();
    println!("len {} empty {}", tx.len(), tx.is_empty());
    tx.closed().await;
    println!("closed() returns at once now");
}

//! mpsc `Receiver::close`: sends fail at once, buffered values are still received
//!
//! After `close()` the senders see the channel closed: `send` fails with `SendError`,
//! `try_send` and `try_reserve` with `Closed`, a sender blocked on the full channel wakes with
//! its value back, and `closed().await` returns. The receiver still gets what was buffered,
//! then `None` (and `try_recv` says `Disconnected`). An owned permit reserved before the close
//! still sends, and `recv` waits for it.

use tokio::sync::mpsc;
use tokio::time::{Duration, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<i32>(2);
    tx.send(1).await.unwrap();
    let permit = tx.clone().reserve_owned().await.unwrap();
    let tx2 = tx.clone();
    let blocked = tokio::spawn(async move {
        let r = tx2.send(2).await;
        println!("task: blocked send ended with {:?}", r);
    });
    let tx3 = tx.clone();
    let watcher = tokio::spawn(async move {
        tx3.closed().await;
        println!("task: closed() returned, is_closed {}", tx3.is_closed());
    });
    sleep(Duration::from_millis(1)).await;
    println!("before close: is_closed {} {}", tx.is_closed(), rx.is_closed());
    rx.close();
    println!("after close: is_closed {} {}", tx.is_closed(), rx.is_closed());
    println!("send: {:?}", tx.send(3).await);
    match tx.try_send(4) {
        Ok(()) => println!("try_send ok?"),
        Err(e) => println!("try_send: {} / {:?}", e, e),
    }
    match tx.try_reserve() {
        Ok(_) => println!("try_reserve ok?"),
        Err(e) => println!("try_reserve: {:?}", e),
    }
    sleep(Duration::from_millis(1)).await;
    println!("recv {:?}", rx.recv().await);
    println!("try_recv {:?}", rx.try_recv());
    let late = tokio::spawn(async move {
        sleep(Duration::from_millis(5)).await;
        drop(permit.send(5));
        println!("task: permit sent 5");
    });
    println!("recv {:?}", rx.recv().await);
    println!("recv {:?}", rx.recv().await);
    println!("try_recv {:?}", rx.try_recv());
    blocked.await.unwrap();
    watcher.await.unwrap();
    late.await.unwrap();
    println!("len {} capacity {}", rx.len(), tx.capacity());
}

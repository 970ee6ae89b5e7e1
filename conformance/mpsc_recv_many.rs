//! mpsc `recv_many`: up to `limit` buffered values at once, appended to a `Vec`
//!
//! `recv_many(&mut buf, limit)` waits for at least one value, then takes what is buffered up
//! to `limit` and returns how many it added (the `Vec` keeps what it had). The freed slots go
//! to blocked senders in FIFO order. A `limit` of 0 returns 0 at once; a closed, drained
//! channel returns 0.

use tokio::sync::mpsc;
use tokio::time::{Duration, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<i32>(3);
    for i in 1..=3 {
        tx.send(i).await.unwrap();
    }
    let mut senders = Vec::new();
    for i in 4..=5 {
        let tx = tx.clone();
        senders.push(tokio::spawn(async move {
            tx.send(i).await.unwrap();
            println!("task: sent {}", i);
        }));
    }
    sleep(Duration::from_millis(1)).await;
    let mut buf = vec![0];
    let n = rx.recv_many(&mut buf, 2).await;
    println!("recv_many took {} -> {:?}, len {} capacity {}", n, buf, rx.len(), tx.capacity());
    println!("limit 0: {}", rx.recv_many(&mut buf, 0).await);
    tokio::task::yield_now().await;
    let n = rx.recv_many(&mut buf, 10).await;
    println!("recv_many took {} -> {:?}", n, buf);
    for s in senders {
        s.await.unwrap();
    }
    let waiter = tokio::spawn(async move {
        sleep(Duration::from_millis(3)).await;
        tx.send(6).await.unwrap();
        println!("task: sent 6 and dropped the last sender");
    });
    buf.clear();
    let n = rx.recv_many(&mut buf, 10).await;
    println!("recv_many waited and took {} -> {:?}", n, buf);
    waiter.await.unwrap();
    println!("closed: {}", rx.recv_many(&mut buf, 10).await);

    let (utx, mut urx) = mpsc::unbounded_channel::<&str>();
    utx.send("a").unwrap();
    utx.send("b").unwrap();
    utx.send("c").unwrap();
    let mut words = Vec::new();
    println!("unbounded: {} {:?}", urx.recv_many(&mut words, 2).await, words);
    urx.close();
    println!("unbounded: {} {:?}", urx.recv_many(&mut words, 2).await, words);
    println!("unbounded: {} {:?}", urx.recv_many(&mut words, 2).await, words);
    println!("send after close: {:?}", utx.send("d"));
}

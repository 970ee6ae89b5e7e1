//! What `{:?}` prints for a oneshot channel, a Semaphore, an RwLock and a JoinSet
//!
//! A command enum that carries its reply channel is often printed whole. Tokio derives `Debug`
//! for a oneshot `Sender` and `Receiver`: they print the channel's four state bits (sent,
//! closed, the receiver's waker stored, the sender's waker stored), and a receiver that has its
//! answer prints `inner: None`. A `Semaphore` prints its available permits, a permit its
//! semaphore and its count; an `RwLock` prints its value, or `<locked>` while a read could not
//! be had at once (a writer holds it or waits for it); a `JoinSet` prints its length. std's
//! channel ends print `Sender { .. }`.

use std::sync::Arc;
use tokio::sync::{RwLock, Semaphore, oneshot};
use tokio::task::JoinSet;
use tokio::time::{Duration, sleep};

#[derive(Debug)]
enum Cmd {
    Get { key: String, reply: oneshot::Sender<u32> },
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, rx) = oneshot::channel::<u32>();
    let cmd = Cmd::Get { key: "a".into(), reply: tx };
    println!("{cmd:?}");
    let waiter = tokio::spawn(async move { rx.await });
    sleep(Duration::from_millis(1)).await;
    println!("{cmd:#?}");
    let Cmd::Get { key, reply } = cmd;
    println!("reply for {key}");
    reply.send(7).unwrap();
    println!("{:?}", waiter.await.unwrap());

    let (mut tx2, mut rx2) = oneshot::channel::<u8>();
    rx2.close();
    println!("{tx2:?} / {rx2:?}");
    tx2.closed().await;
    println!("{:?}", rx2.try_recv());
    println!("{rx2:?}");
    let (tx3, rx3) = oneshot::channel::<u8>();
    drop(tx3);
    println!("{rx3:?}");
    let (mut tx4, rx4) = oneshot::channel::<u8>();
    let closer = tokio::spawn(async move {
        tx4.closed().await;
        "closed"
    });
    sleep(Duration::from_millis(1)).await;
    println!("{rx4:?}");
    drop(rx4);
    println!("{:?}", closer.await);

    let sem = Arc::new(Semaphore::new(3));
    let p = sem.acquire_many(2).await.unwrap();
    println!("{sem:?} {p:?}");
    let op = sem.clone().acquire_owned().await.unwrap();
    println!("{op:#?}");
    drop(p);
    drop(op);

    let lock = Arc::new(RwLock::new(vec![1, 2]));
    println!("{lock:?}");
    let r = lock.read().await;
    println!("{lock:?} {r:?}");
    let l2 = lock.clone();
    let w = tokio::spawn(async move {
        l2.write().await.push(3);
    });
    sleep(Duration::from_millis(1)).await;
    println!("{lock:?}");
    drop(r);
    w.await.unwrap();
    println!("{lock:#?}");

    let mut set = JoinSet::new();
    set.spawn(async { 1 });
    set.spawn(async { 2 });
    println!("{set:?}");
    while set.join_next().await.is_some() {}
    println!("{set:?}");

    let (stx, srx) = std::sync::mpsc::channel::<u8>();
    let (sstx, _) = std::sync::mpsc::sync_channel::<u8>(1);
    println!("{stx:?} {srx:?} {sstx:?} {:?}", stx.send(1));
}

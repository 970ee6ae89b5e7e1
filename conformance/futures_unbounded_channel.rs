//! futures' unbounded channel between tasks: order, `close_channel`, its errors
//!
//! Two producers send on a `futures::channel::mpsc::unbounded` channel at 10 ms and 15 ms steps; the
//! receiver, a `Stream`, gets each when it is sent, and `None` once both senders are gone.
//! `close_channel` from a sender ends the channel for every sender while the receiver drains it;
//! the errors print as futures prints them.

use futures::StreamExt;
use futures::channel::mpsc;
use std::time::Duration;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::unbounded::<String>();
    let tx2 = tx.clone();
    println!("{:?} same={} connected={}", tx, tx.same_receiver(&tx2), tx.is_connected_to(&rx));
    let start = tokio::time::Instant::now();
    let p1 = tokio::spawn(async move {
        for i in 0..3 {
            tokio::time::sleep(Duration::from_millis(10)).await;
            tx.unbounded_send(format!("a{i}")).unwrap();
        }
    });
    let p2 = tokio::spawn(async move {
        for i in 0..2 {
            tokio::time::sleep(Duration::from_millis(15)).await;
            tx2.unbounded_send(format!("b{i}")).unwrap();
            println!("len after send: {} empty={}", tx2.len(), tx2.is_empty());
        }
    });
    match rx.try_recv() {
        Err(e) => println!("try_recv: {e} / {e:?} empty={} closed={}", e.is_empty(), e.is_closed()),
        Ok(v) => println!("got {v}"),
    }
    while let Some(m) = rx.next().await {
        println!("{:>3}ms {m}", start.elapsed().as_millis());
    }
    println!("end: {:?}", rx.try_recv());
    p1.await.unwrap();
    p2.await.unwrap();

    let (tx, mut rx) = mpsc::unbounded::<i32>();
    tx.unbounded_send(1).unwrap();
    tx.unbounded_send(2).unwrap();
    tx.close_channel();
    println!("closed: {} {:?}", tx.is_closed(), tx);
    let e = tx.unbounded_send(3).unwrap_err();
    println!("{e} | {e:?} | {e:#?} full={} disc={}", e.is_full(), e.is_disconnected());
    println!("inner={}", e.into_inner());
    println!("{:?} {:?} {:?}", rx.try_recv(), rx.next().await, rx.try_recv());
    println!("{:?}", rx.next().await);

    let (tx, mut rx) = mpsc::unbounded::<i32>();
    rx.close();
    println!("after rx.close: {} {:?}", tx.is_closed(), tx.unbounded_send(9).map_err(|e| e.to_string()));
    println!("{:?}", rx.next().await);
    let (tx, rx) = mpsc::unbounded::<i32>();
    drop(rx);
    println!("after drop: {}", tx.is_closed());
}

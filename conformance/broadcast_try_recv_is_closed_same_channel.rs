//! broadcast Receiver::try_recv, is_closed, same_channel and Sender::same_channel
//!
//! `try_recv` returns what `recv` would without waiting: the next value, `Lagged(n)` once (moving
//! the receiver to the oldest value kept), `Empty` while senders remain, and `Closed` only after
//! the senders are gone and everything is read. `Receiver::is_closed` is true as soon as the last
//! sender is dropped, even with values left to read. `same_channel` compares senders with
//! senders and receivers with receivers, a resubscribed receiver included.

use tokio::sync::broadcast;
use tokio::sync::broadcast::error::TryRecvError;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = broadcast::channel::<i32>(2);
    let tx2 = tx.clone();
    let (other_tx, other_rx) = broadcast::channel::<i32>(2);
    let rx2 = tx.subscribe();
    let rx3 = rx2.resubscribe();
    println!(
        "senders {} {} receivers {} {} {}",
        tx.same_channel(&tx2),
        tx.same_channel(&other_tx),
        rx.same_channel(&rx2),
        rx.same_channel(&rx3),
        rx.same_channel(&other_rx)
    );
    println!("{:?} closed {}", rx.try_recv(), rx.is_closed());
    for i in 0..5 {
        tx.send(i).unwrap();
    }
    match rx.try_recv() {
        Err(TryRecvError::Lagged(n)) => println!("lagged by {n}"),
        other => println!("unexpected {other:?}"),
    }
    println!("{:?}", rx.try_recv());
    drop(tx);
    println!("one sender left: closed {}", rx.is_closed());
    drop(tx2);
    println!("no senders: closed {} len {}", rx.is_closed(), rx.len());
    println!("{:?}", rx.try_recv());
    let e = rx.try_recv().unwrap_err();
    println!("{e} / {:?} / {}", e, TryRecvError::Empty);
    println!("{}", TryRecvError::Lagged(7));
    println!("recv after close: {:?}", rx.recv().await);
    drop(other_rx);
}

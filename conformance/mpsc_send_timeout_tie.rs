//! mpsc `send_timeout` at its deadline: the slot wins if it came first
//!
//! `send_timeout` polls its reservation before its deadline, like `timeout`. A receiver
//! whose sleep fires at the same instant as the sender's deadline decides by timer order:
//! when the receiver's timer fires first, its `recv` hands the slot to the waiting sender
//! before the sender's poll, and the send succeeds at the deadline; when the sender's
//! timer fires first, it times out, and the slot freed right after goes to the next waiter.

use tokio::sync::mpsc;
use tokio::time::Instant;
use tokio::time::{Duration, sleep};

async fn receive_at(mut rx: mpsc::Receiver<u32>, at: u64, n: usize) {
    sleep(Duration::from_millis(at)).await;
    for _ in 0..n {
        println!("receiver got {:?}", rx.recv().await);
    }
}

async fn send_within(tx: mpsc::Sender<u32>, v: u32, wait: u64) {
    let start = Instant::now();
    let r = tx.send_timeout(v, Duration::from_millis(wait)).await;
    println!("sender {}: {:?} at {} ms", v, r, start.elapsed().as_millis());
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    // The receiver's timer is registered first.
    let (tx, rx) = mpsc::channel::<u32>(1);
    tx.send(0).await.unwrap();
    let r = tokio::spawn(receive_at(rx, 10, 2));
    let s = tokio::spawn(send_within(tx.clone(), 1, 10));
    drop(tx);
    s.await.unwrap();
    r.await.unwrap();

    // The sender's timer is registered first; a plain send waits behind it.
    let (tx, rx) = mpsc::channel::<u32>(1);
    tx.send(0).await.unwrap();
    let s = tokio::spawn(send_within(tx.clone(), 2, 10));
    tokio::task::yield_now().await;
    let r = tokio::spawn(receive_at(rx, 10, 2));
    let plain = tx.clone();
    let p = tokio::spawn(async move {
        plain.send(3).await.unwrap();
        println!("plain send 3 done");
    });
    drop(tx);
    s.await.unwrap();
    p.await.unwrap();
    r.await.unwrap();
}

//! mpsc `reserve_many` waits in the senders' queue, taking slots as they come
//!
//! The bounded channel is a batch semaphore: `reserve_many(n)` takes the slots that are
//! free at once and waits in the FIFO queue for the rest; each slot freed by `recv` goes to
//! the oldest waiter, so a later `send` waits behind it even while the channel has a free
//! slot the first waiter already holds. The waiter wakes only once it holds all `n`. A
//! `reserve_many` dropped while it holds some of its slots (a `timeout` that elapses) gives
//! them back, and the next waiter gets them.

use tokio::sync::mpsc;
use tokio::time::{Duration, Instant, sleep, timeout};

async fn batch(tx: mpsc::Sender<u32>, base: u32, n: usize) {
    let start = Instant::now();
    let permits = tx.reserve_many(n).await.unwrap();
    println!("batch {}: got {} slots after {} ms", base, permits.len(), start.elapsed().as_millis());
    let mut v = base;
    for p in permits {
        p.send(v);
        v += 1;
    }
}

async fn single(tx: mpsc::Sender<u32>, v: u32) {
    let start = Instant::now();
    tx.send(v).await.unwrap();
    println!("single {}: sent after {} ms", v, start.elapsed().as_millis());
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(3);
    tx.send(1).await.unwrap();
    tx.send(2).await.unwrap();
    let b = tokio::spawn(batch(tx.clone(), 10, 3));
    let s = tokio::spawn(single(tx.clone(), 99));
    tokio::task::yield_now().await;
    println!("queued: capacity {}, try_send {:?}", tx.capacity(), tx.try_send(5).is_err());
    sleep(Duration::from_millis(5)).await;
    println!("received {:?}", rx.recv().await);
    tokio::task::yield_now().await;
    println!("one slot freed: capacity {}", tx.capacity());
    sleep(Duration::from_millis(5)).await;
    println!("received {:?}", rx.recv().await);
    b.await.unwrap();
    for _ in 0..4 {
        println!("received {:?}", rx.recv().await);
    }
    s.await.unwrap();

    // A waiter that holds one of its two slots when its timeout elapses.
    tx.send(1).await.unwrap();
    tx.send(2).await.unwrap();
    let s = tokio::spawn(single(tx.clone(), 42));
    let r = timeout(Duration::from_millis(10), tx.reserve_many(3)).await;
    println!("timeout: {:?}", r.is_err());
    tokio::task::yield_now().await;
    println!("before: capacity {}, len {}", tx.capacity(), rx.len());
    let r = timeout(Duration::from_millis(10), tx.reserve_many(2));
    tokio::pin!(r);
    tokio::select! {
        biased;
        _ = &mut r => println!("reserved?"),
        _ = sleep(Duration::from_millis(3)) => {
            println!("received {:?}", rx.recv().await);
            println!("held one of two: capacity {}", tx.capacity());
        }
    }
    println!("after timeout: {:?}", r.await.is_err());
    tokio::task::yield_now().await;
    println!("given back: capacity {}, len {}", tx.capacity(), rx.len());
    s.await.unwrap();
    for _ in 0..2 {
        println!("received {:?}", rx.recv().await);
    }
}

//! A losing `acquire`, `send` or `reserve` leaves its queue
//!
//! Futures that lose a `select!` or miss a `timeout` are dropped mid-wait: a semaphore waiter that had been given part of its permits gives them back, and a blocked `send` or `reserve` leaves the senders' queue, so the next waiter in line is served.

use std::sync::Arc;
use tokio::sync::{Semaphore, mpsc};
use tokio::time::{Duration, Instant, sleep, timeout};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let sem = Arc::new(Semaphore::new(2));
    let held = sem.clone().acquire_many_owned(1).await.unwrap();
    let wants_three = timeout(Duration::from_millis(10), sem.acquire_many(3)).await;
    println!("[{:?}] acquire_many(3): {}", start.elapsed(), wants_three.is_err());
    println!("available after the timeout: {}", sem.available_permits());
    let other = {
        let sem = sem.clone();
        tokio::spawn(async move {
            let p = sem.acquire().await.unwrap();
            println!("[{:?}] other task got a permit, {} left", start.elapsed(), sem.available_permits());
            drop(p);
        })
    };
    other.await.unwrap();
    drop(held);

    let (tx, mut rx) = mpsc::channel::<u32>(1);
    tx.send(1).await.unwrap();
    tokio::select! {
        r = tx.send(2) => println!("sent 2: {r:?}"),
        _ = sleep(Duration::from_millis(5)) => println!("[{:?}] send(2) gave up", start.elapsed()),
    }
    tokio::select! {
        r = tx.reserve() => println!("reserved: {}", r.is_ok()),
        _ = sleep(Duration::from_millis(5)) => println!("[{:?}] reserve gave up", start.elapsed()),
    }
    let tx2 = tx.clone();
    let late = tokio::spawn(async move {
        tx2.send(3).await.unwrap();
        println!("[{:?}] the late sender got the slot", start.elapsed());
    });
    sleep(Duration::from_millis(1)).await;
    println!("[{:?}] recv {:?}", start.elapsed(), rx.recv().await);
    late.await.unwrap();
    println!("[{:?}] recv {:?}", start.elapsed(), rx.recv().await);
}

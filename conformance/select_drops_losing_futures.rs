//! `select!` drops the futures that lose, mid-wait
//!
//! The losing branches' futures are dropped when the winner's handler starts: a `lock()` that lost leaves the mutex queue (the next waiter gets the lock), an async fn that lost drops its locals (here a guard, so the lock is free again), and a losing `sleep` leaves no timer behind, so the clock does not jump to it.

use std::sync::Arc;
use tokio::sync::{Mutex, mpsc};
use tokio::time::{Duration, Instant, sleep};

async fn hold_then_sleep(m: Arc<Mutex<u32>>, ms: u64) -> u32 {
    let mut g = m.lock().await;
    *g += 1;
    sleep(Duration::from_millis(ms)).await;
    *g
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let m = Arc::new(Mutex::new(0u32));
    let (tx, mut rx) = mpsc::channel::<&str>(1);
    let holder = {
        let m = m.clone();
        tokio::spawn(async move {
            let _g = m.lock().await;
            sleep(Duration::from_millis(20)).await;
            println!("[{:?}] holder releases", start.elapsed());
        })
    };
    tokio::task::yield_now().await;
    let waiter = {
        let m = m.clone();
        tokio::spawn(async move {
            sleep(Duration::from_millis(1)).await;
            let g = m.lock().await;
            println!("[{:?}] waiter locks, value {}", start.elapsed(), *g);
        })
    };
    tokio::spawn(async move {
        sleep(Duration::from_millis(5)).await;
        tx.send("message").await.unwrap();
    });
    tokio::select! {
        g = m.lock() => println!("locked {}", *g),
        msg = rx.recv() => println!("[{:?}] {:?} wins over the lock", start.elapsed(), msg),
    }
    holder.await.unwrap();
    waiter.await.unwrap();
    let r = tokio::select! {
        v = hold_then_sleep(m.clone(), 100) => format!("held {v}"),
        _ = sleep(Duration::from_millis(30)) => "the sleep wins".to_string(),
    };
    println!("[{:?}] {r}", start.elapsed());
    let g = m.lock().await;
    println!("[{:?}] lock is free again: {}", start.elapsed(), *g);
    drop(g);
    tokio::select! {
        _ = sleep(Duration::from_secs(60)) => println!("never"),
        _ = tokio::task::yield_now() => println!("[{:?}] yield wins", start.elapsed()),
    }
    sleep(Duration::from_millis(1)).await;
    println!("[{:?}] the 60 s timer is gone", start.elapsed());
}

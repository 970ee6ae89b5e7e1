//! Odds and ends of `tokio::sync`
//!
//! `reserve_many` permits, `notified_owned`, `acquire_many_owned`, `send_if_modified`,
//! `subscribe` of a watch sender, a lagged broadcast receiver, `try_lock`, `try_read`/
//! `try_write`, `get_or_try_init` of a static `OnceCell`, `SetOnce`, `Interval::reset_after`
//! and a `timeout` of a pending future, each as real Tokio behaves.
use std::sync::Arc;
use tokio::sync::{Mutex, Notify, OnceCell, RwLock, Semaphore, SetOnce, broadcast, mpsc, watch};
use tokio::time::{self, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(4);
    let permits = tx.reserve_many(2).await.unwrap();
    for (i, p) in permits.enumerate() {
        p.send(i as u32);
    }
    println!("{:?} {:?} cap {}", rx.recv().await, rx.recv().await, tx.capacity());
    let n = Arc::new(Notify::new());
    let fut = n.clone().notified_owned();
    n.notify_one();
    fut.await;
    println!("owned notified");
    let sem = Arc::new(Semaphore::new(2));
    let p = sem.clone().acquire_many_owned(2).await.unwrap();
    println!("avail {}", sem.available_permits());
    drop(p);
    let (wtx, _) = watch::channel(String::from("a"));
    let mut w2 = wtx.subscribe();
    wtx.send_if_modified(|s| {
        s.push('b');
        true
    });
    println!("{} {}", w2.has_changed().unwrap(), *w2.borrow_and_update());
    let (btx, mut brx) = broadcast::channel::<u8>(1);
    btx.send(1).unwrap();
    btx.send(2).unwrap();
    println!("{:?} {:?}", brx.recv().await, brx.recv().await);
    let m = Mutex::new(vec![1]);
    let g = m.try_lock().unwrap();
    println!("{:?} {}", m.try_lock().is_err(), g.len());
    drop(g);
    let l = RwLock::new(5);
    {
        let r1 = l.read().await;
        let r2 = l.try_read().unwrap();
        println!("{} {}", *r1, *r2);
    }
    let w = l.try_write().unwrap();
    println!("w {}", *w);
    drop(w);
    static CELL: OnceCell<u32> = OnceCell::const_new();
    let v = CELL.get_or_try_init(|| async { Ok::<u32, String>(7) }).await.unwrap();
    println!("cell {v} {:?}", CELL.initialized());
    let s: SetOnce<u8> = SetOnce::new();
    s.set(3).unwrap();
    println!("{:?} {:?}", s.get(), s.set(4).is_err());
    let mut iv = time::interval(Duration::from_millis(5));
    iv.set_missed_tick_behavior(time::MissedTickBehavior::Delay);
    iv.tick().await;
    iv.reset_after(Duration::from_millis(20));
    let t = time::Instant::now();
    iv.tick().await;
    println!("{:?}", t.elapsed());
    let r = time::timeout(Duration::from_millis(1), std::future::pending::<()>()).await;
    println!("{:?}", r.is_err());
}

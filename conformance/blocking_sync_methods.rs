//! The blocking forms of `tokio::sync`'s methods, in a blocking closure
//!
//! A `spawn_blocking` closure cannot `.await`, so it takes the mutex
//! with `blocking_lock`, the `RwLock` with `blocking_read` and
//! `blocking_write`, permits with `blocking_acquire_many`, and receives
//! with `blocking_recv` and `blocking_recv_many`. Each waits as its
//! async twin does. Called from a task, one panics instead: it would
//! block the runtime's thread.
use std::sync::Arc;
use tokio::sync::{Mutex, RwLock, Semaphore, broadcast, mpsc, oneshot};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mutex = Arc::new(Mutex::new(0));
    let lock = Arc::new(RwLock::new(vec![1]));
    let sem = Arc::new(Semaphore::new(3));
    let (btx, mut brx) = broadcast::channel::<u32>(4);
    let (otx, orx) = oneshot::channel::<&str>();
    let (mtx, mut mrx) = mpsc::channel::<u32>(2);

    // The closure waits for this guard before anything else.
    let guard = mutex.lock().await;
    let (m2, l2, s2) = (mutex.clone(), lock.clone(), sem.clone());
    let worker = tokio::task::spawn_blocking(move || {
        let mut g = m2.blocking_lock();
        *g += 1;
        println!("worker: mutex {}", *g);
        drop(g);
        l2.blocking_write().push(2);
        println!("worker: read {:?}", *l2.blocking_read());
        let p = s2.blocking_acquire_many(2).unwrap();
        println!("worker: permits left {}", s2.available_permits());
        drop(p);
        let owned = s2.clone().blocking_acquire_owned().unwrap();
        println!("worker: owned permit, {} left", s2.available_permits());
        drop(owned);
        println!("worker: broadcast {:?}", brx.blocking_recv());
        println!("worker: broadcast {:?}", brx.blocking_recv());
        println!("worker: oneshot {:?}", orx.blocking_recv());
        let mut buf = Vec::new();
        let n = mrx.blocking_recv_many(&mut buf, 10);
        println!("worker: {n} from mpsc: {buf:?}");
        println!("worker: mpsc then {:?}", mrx.blocking_recv());
        let mut owned = m2.blocking_lock_owned();
        *owned += 10;
        *owned
    });
    btx.send(7).unwrap();
    drop(btx);
    otx.send("done").unwrap();
    mtx.send(1).await.unwrap();
    mtx.send(2).await.unwrap();
    drop(mtx);
    drop(guard);
    let w = worker.await.unwrap();
    println!("main: worker returned {w}, mutex {}", *mutex.lock().await);

    let m3 = mutex.clone();
    let task = tokio::spawn(async move {
        let g = m3.blocking_lock();
        println!("never {}", *g);
    });
    println!("main: task panicked: {}", task.await.unwrap_err().is_panic());
}

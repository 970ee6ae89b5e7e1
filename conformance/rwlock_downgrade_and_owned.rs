//! RwLock: `downgrade` lets queued readers in, and owned guards keep the lock alive
//!
//! `RwLockWriteGuard::downgrade` gives back all but one of the writer's permits at once,
//! as a read guard: the queue is served in order from them, so a reader queued first gets
//! in, a writer behind it takes what is left and waits for the rest, and readers behind
//! that writer keep waiting (the lock stays fair). `read_owned`/`write_owned` (and the
//! `try_` ones) take an `Arc` of the lock; the guard holds it, so it is `'static`, can move
//! into a task, and keeps the value alive after every other `Arc` is gone.
//! `into_inner` gives the value back.

use std::sync::Arc;
use tokio::sync::RwLock;
use tokio::time::{Duration, Instant, sleep};

async fn reader(lock: Arc<RwLock<u32>>, name: &'static str, start: Instant) {
    let g = lock.read().await;
    println!("{} reads {} at {} ms", name, *g, start.elapsed().as_millis());
    sleep(Duration::from_millis(2)).await;
}

async fn writer(lock: Arc<RwLock<u32>>, start: Instant) {
    let mut g = lock.write().await;
    *g += 100;
    println!("writer wrote {} at {} ms", *g, start.elapsed().as_millis());
}

async fn show(g: tokio::sync::OwnedRwLockReadGuard<String>) {
    sleep(Duration::from_millis(1)).await;
    println!("task reads {:?} through an owned guard", *g);
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let lock = Arc::new(RwLock::new(1));
    let mut w = lock.write().await;
    *w = 2;
    let r1 = tokio::spawn(reader(lock.clone(), "r1", start));
    let wr = tokio::spawn(writer(lock.clone(), start));
    let r2 = tokio::spawn(reader(lock.clone(), "r2", start));
    tokio::task::yield_now().await;
    sleep(Duration::from_millis(5)).await;
    let g = w.downgrade();
    println!("downgraded: {}; try_read {:?}, try_write {:?}", *g, lock.try_read().is_ok(), lock.try_write().is_ok());
    sleep(Duration::from_millis(1)).await;
    println!("main still reads {} at {} ms", *g, start.elapsed().as_millis());
    drop(g);
    r1.await.unwrap();
    wr.await.unwrap();
    r2.await.unwrap();

    let mut wg = lock.clone().write_owned().await;
    *wg += 1;
    let rg = wg.downgrade();
    println!(
        "owned downgrade: {}; try_read_owned {:?}, try_write_owned {:?}",
        *rg,
        lock.clone().try_read_owned().is_ok(),
        lock.clone().try_write_owned().is_ok()
    );
    drop(rg);

    let text = Arc::new(RwLock::new(String::from("kept")));
    let g = text.read_owned().await;
    let t = tokio::spawn(show(g));
    t.await.unwrap();

    let only = Arc::new(RwLock::new(vec![1, 2]));
    let mut g = only.clone().try_write_owned().unwrap();
    drop(only);
    g.push(3);
    println!("the last Arc is in the guard: {:?}", *g);
    drop(g);

    let plain = RwLock::new(String::from("inner"));
    {
        let r = plain.read().await;
        println!("read {}", *r);
    }
    println!("into_inner: {}", plain.into_inner());
}

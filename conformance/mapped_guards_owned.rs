//! Owned mapped guards move into tasks and hold the lock there
//!
//! `OwnedMutexGuard::map`, `OwnedRwLockWriteGuard::map`/`downgrade_map` and
//! `OwnedRwLockReadGuard::map`/`try_map` keep the lock's `Arc`, so the mapped guard is
//! `'static` and can move into a spawned task: the lock stays held until that task drops
//! it, other lockers wait for it, and they see what it wrote.

use std::sync::Arc;
use tokio::sync::{Mutex, OwnedMappedMutexGuard, OwnedMutexGuard, OwnedRwLockReadGuard, OwnedRwLockWriteGuard, RwLock};
use tokio::time::{Duration, Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let stats = Arc::new(Mutex::new((0u64, vec!["boot".to_string()])));

    let guard = Arc::clone(&stats).lock_owned().await;
    let mut hits: OwnedMappedMutexGuard<(u64, Vec<String>), u64> = OwnedMutexGuard::map(guard, |s| &mut s.0);
    let counter = tokio::spawn(async move {
        *hits += 7;
        sleep(Duration::from_millis(4)).await;
        println!("[{}ms] counter done at {}", start.elapsed().as_millis(), *hits);
    });
    tokio::task::yield_now().await;
    println!("[{}ms] locked by the task: {}", start.elapsed().as_millis(), stats.try_lock().is_err());
    let seen = stats.lock().await;
    println!("[{}ms] main sees {:?}", start.elapsed().as_millis(), *seen);
    drop(seen);
    counter.await.unwrap();

    let log = OwnedMutexGuard::try_map(Arc::clone(&stats).lock_owned().await, |s| Some(&mut s.1[0])).unwrap();
    let logger = tokio::spawn(async move {
        let mut log = log;
        log.push_str("-ok");
    });
    logger.await.unwrap();
    println!("{:?}", *stats.lock().await);

    let table = Arc::new(RwLock::new((String::from("t"), vec![1, 2, 3])));
    let w = Arc::clone(&table).write_owned().await;
    let mut name = OwnedRwLockWriteGuard::map(w, |t| &mut t.0);
    let renamer = tokio::spawn(async move {
        sleep(Duration::from_millis(2)).await;
        name.push_str("able");
    });
    let r = table.read().await;
    println!("[{}ms] after the renamer: {:?}", start.elapsed().as_millis(), *r);
    drop(r);
    renamer.await.unwrap();

    let w = Arc::clone(&table).write_owned().await;
    let row = OwnedRwLockWriteGuard::downgrade_map(w, |t| &t.1);
    let peek = tokio::spawn(async move { println!("row {:?} has {}", *row, row.len()) });
    println!("read while downgraded: {}", table.try_read().is_ok());
    peek.await.unwrap();

    let cell = OwnedRwLockReadGuard::map(Arc::clone(&table).read_owned().await, |t| &t.1[2]);
    let none = OwnedRwLockReadGuard::try_map(Arc::clone(&table).read_owned().await, |t| t.1.get(9));
    println!("cell {}, none: {}", *cell, none.is_err());
    drop(none);
    let reader = tokio::spawn(async move { *cell * 10 });
    println!("{}", reader.await.unwrap());
    println!("write now: {}", table.try_write().is_ok());
}

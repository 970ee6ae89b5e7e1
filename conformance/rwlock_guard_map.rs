//! Mapped `RwLock` guards: `map`, `try_map`, `downgrade_map`, `try_downgrade_map`
//!
//! `RwLockWriteGuard::map(guard, |v| &mut v.field)` gives an `RwLockMappedWriteGuard` of
//! one part; it keeps all the writer's permits, so readers wait until it is dropped, and
//! what it writes is what they then read. `RwLockReadGuard::map` keeps its one read
//! permit. `downgrade_map` maps a write guard to a read guard of one part, giving back
//! all but one permit at once: a reader queued before it gets in, while a writer queued
//! behind that reader waits. `try_map` and `try_downgrade_map` hand the guard back
//! unchanged (`Err`) when the closure returns `None`.

use std::sync::Arc;
use tokio::sync::{RwLock, RwLockMappedWriteGuard, RwLockReadGuard, RwLockWriteGuard};
use tokio::time::{Duration, Instant, sleep};

#[derive(Debug)]
struct Config {
    name: String,
    ports: Vec<u16>,
    limits: (u32, u32),
    backup: Option<String>,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let config = Arc::new(RwLock::new(Config { name: "edge".to_string(), ports: vec![80, 443], limits: (10, 20), backup: None }));

    let mut ports = RwLockWriteGuard::map(config.write().await, |c| &mut c.ports);
    ports.push(8080);
    let mut first = RwLockMappedWriteGuard::map(ports, |p| &mut p[0]);
    *first += 1;
    println!("first port {}", *first);
    let cfg = Arc::clone(&config);
    let reader = tokio::spawn(async move {
        let r = cfg.read().await;
        let name = RwLockReadGuard::map(r, |c| &c.name);
        println!("[{:>2}ms] reader: {} ({} bytes)", start.elapsed().as_millis(), *name, name.len());
    });
    sleep(Duration::from_millis(5)).await;
    println!("[{:>2}ms] try_read while mapped: {}", start.elapsed().as_millis(), config.try_read().is_err());
    drop(first);
    reader.await.unwrap();

    let guard = match RwLockWriteGuard::try_map(config.write().await, |_| None::<&mut u32>) {
        Ok(_) => unreachable!(),
        Err(guard) => guard,
    };
    println!("try_map None gives the guard back: {}", guard.name);
    let mut high = RwLockWriteGuard::try_map(guard, |c| Some(&mut c.limits.1)).unwrap();
    *high = 99;
    drop(high);

    // A reader queues, then a writer behind it; `downgrade_map` lets the reader in.
    let writing = config.write().await;
    let cfg = Arc::clone(&config);
    let reader = tokio::spawn(async move {
        let r = cfg.read().await;
        println!("[{:>2}ms] queued reader sees limits {:?}", start.elapsed().as_millis(), r.limits);
    });
    let cfg = Arc::clone(&config);
    let writer = tokio::spawn(async move {
        let mut w = cfg.write().await;
        w.name.push('!');
        println!("[{:>2}ms] queued writer renamed it {}", start.elapsed().as_millis(), w.name);
    });
    tokio::task::yield_now().await;
    let limits = RwLockWriteGuard::downgrade_map(writing, |c| &c.limits);
    sleep(Duration::from_millis(3)).await;
    println!("[{:>2}ms] still reading {:?}", start.elapsed().as_millis(), *limits);
    drop(limits);
    reader.await.unwrap();
    writer.await.unwrap();

    let guard = RwLockWriteGuard::try_downgrade_map(config.write().await, |c| c.backup.as_ref()).unwrap_err();
    println!("no backup, still writing: {}", config.try_read().is_err());
    let ports = RwLockWriteGuard::try_downgrade_map(guard, |c| Some(&c.ports)).unwrap();
    println!("ports {ports:?}, another reader: {}", config.try_read().is_ok());
    drop(ports);

    let r = RwLockReadGuard::try_map(config.read().await, |c| c.ports.get(2)).unwrap();
    println!("third port {}", *r);
    let missing = RwLockReadGuard::try_map(config.read().await, |c| c.ports.get(3));
    println!("fourth port: {}", missing.is_err());
    drop(missing);
    drop(r);
    println!("{:?}", *config.read().await);
}

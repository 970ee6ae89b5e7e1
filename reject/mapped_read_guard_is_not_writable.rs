//! Writing through a mapped read guard
//!
//! `RwLockWriteGuard::downgrade_map` gives a read guard of one part of the value: it only
//! implements `Deref`, not `DerefMut`, so assigning through it is refused. rustc reports
//! E0594, "cannot assign to data in dereference of `tokio::sync::RwLockReadGuard<'_, u32>`".

use tokio::sync::{RwLock, RwLockWriteGuard};

#[derive(Debug)]
struct Limits {
    low: u32,
    high: u32,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let lock = RwLock::new(Limits { low: 1, high: 9 });
    let mut high = RwLockWriteGuard::downgrade_map(lock.write().await, |l| &l.high);
    *high = 10;
    println!("{} {}", lock.read().await.low, *high);
}

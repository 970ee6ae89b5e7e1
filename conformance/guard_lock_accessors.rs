//! From a guard back to its lock: `MutexGuard::mutex` and the owned guards' `mutex`/`rwlock`
//!
//! `MutexGuard::mutex(&guard)` is the `&Mutex` the guard locked: after dropping the guard,
//! the same mutex can be locked again through it. `OwnedMutexGuard::mutex` and
//! `OwnedRwLock{Read,Write,MappedWrite}Guard::rwlock` give the `&Arc` the guard keeps, the
//! same allocation as the caller's `Arc` (`Arc::ptr_eq`), also after the guard is mapped;
//! a clone of it locks the same mutex after the guard is gone.

use std::sync::Arc;
use tokio::sync::{Mutex, MutexGuard, OwnedMutexGuard, OwnedRwLockMappedWriteGuard, OwnedRwLockReadGuard, OwnedRwLockWriteGuard, RwLock};

async fn bump_and_relock(guard: MutexGuard<'_, u32>) -> u32 {
    let mutex = MutexGuard::mutex(&guard);
    let before = *guard;
    drop(guard);
    let mut again = mutex.lock().await;
    *again += 1;
    before * 100 + *again
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let counter = Mutex::new(4u32);
    println!("relocked: {}", bump_and_relock(counter.lock().await).await);

    let shared = Arc::new(Mutex::new(String::from("log")));
    let guard = Arc::clone(&shared).lock_owned().await;
    println!("same mutex: {}", Arc::ptr_eq(&shared, OwnedMutexGuard::mutex(&guard)));
    let mutex: Arc<Mutex<String>> = OwnedMutexGuard::mutex(&guard).clone();
    drop(guard);
    mutex.lock().await.push_str("+1");
    drop(mutex);
    println!("{}", *shared.lock().await);

    let table = Arc::new(RwLock::new((1u8, 2u8)));
    let read = Arc::clone(&table).read_owned().await;
    println!("read guard's lock: {}", Arc::ptr_eq(&table, OwnedRwLockReadGuard::rwlock(&read)));
    drop(read);
    let write = Arc::clone(&table).write_owned().await;
    println!("write guard's lock: {}", Arc::ptr_eq(&table, OwnedRwLockWriteGuard::rwlock(&write)));
    let mut second = OwnedRwLockWriteGuard::map(write, |t| &mut t.1);
    *second = 20;
    println!("mapped guard's lock: {}", Arc::ptr_eq(&table, OwnedRwLockMappedWriteGuard::rwlock(&second)));
    drop(second);
    println!("{:?}", *table.read().await);
}

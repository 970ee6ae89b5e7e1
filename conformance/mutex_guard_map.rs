//! `MutexGuard::map` and `try_map`: a guard of one part that still holds the whole lock
//!
//! `MutexGuard::map(guard, |v| &mut v.field)` turns the guard into a `MappedMutexGuard`
//! that derefs to the part the closure picked (a field, a tuple field, a `Vec` element).
//! The lock stays held until the mapped guard is dropped: another task's `lock()` waits
//! and `try_lock` fails; writes through the mapped guard change the locked value, and the
//! next locker sees them. A mapped guard can be mapped again. `try_map` gives
//! `Ok(mapped)` when the closure returns `Some`, and `Err(guard)` (the same guard,
//! lock still held) when it returns `None`.

use std::sync::Arc;
use tokio::sync::{MappedMutexGuard, Mutex, MutexGuard};
use tokio::time::{Duration, Instant, sleep};

#[derive(Debug)]
struct Account {
    owner: String,
    balance: u64,
    history: Vec<i64>,
    limits: (u32, u32),
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let account = Arc::new(Mutex::new(Account { owner: "ada".to_string(), balance: 10, history: vec![5, 5], limits: (1, 2) }));

    let mut balance = MutexGuard::map(account.lock().await, |a| &mut a.balance);
    *balance += 5;
    println!("mapped balance: {}", *balance);

    let other = Arc::clone(&account);
    let auditor = tokio::spawn(async move {
        let a = other.lock().await;
        println!("[{:>2}ms] auditor sees {} with {} and {:?}", start.elapsed().as_millis(), a.owner, a.balance, a.history);
    });
    sleep(Duration::from_millis(10)).await;
    println!("[{:>2}ms] try_lock while mapped: {}", start.elapsed().as_millis(), account.try_lock().is_err());
    *balance *= 2;
    drop(balance);
    auditor.await.unwrap();

    // A mapped guard mapped again: the lock is still the whole account's.
    let history: MappedMutexGuard<Vec<i64>> = MutexGuard::map(account.lock().await, |a| &mut a.history);
    let mut last = MappedMutexGuard::map(history, |h| &mut h[1]);
    *last = -3;
    println!("last entry {last:?}, locked: {}", account.try_lock().is_err());
    drop(last);

    let mut high = MutexGuard::map(account.lock().await, |a| &mut a.limits.1);
    *high = 20;
    drop(high);

    // `try_map`: `Some` maps, `None` hands the guard back.
    let guard = account.lock().await;
    let guard = match MutexGuard::try_map(guard, |a| a.history.get_mut(7)) {
        Ok(entry) => panic!("no entry 7, got {}", *entry),
        Err(guard) => guard,
    };
    println!("try_map None gives the guard back, still locked: {}", account.try_lock().is_err());
    let mut owner = MutexGuard::try_map(guard, |a| Some(&mut a.owner)).unwrap();
    owner.push_str(" lovelace");
    drop(owner);
    let refused = MutexGuard::try_map(account.lock().await, |_| None::<&mut u64>);
    println!("refused: {}", refused.is_err());
    drop(refused);

    let pair = Mutex::new((1u8, "x"));
    let mut second = MutexGuard::map(pair.lock().await, |t| &mut t.1);
    *second = "y";
    drop(second);
    println!("{:?}", *pair.lock().await);
    println!("{:?}", *account.lock().await);
}

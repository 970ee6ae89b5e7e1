//! Threads transferring between accounts, their log collected with `rx.iter().collect()`
//!
//! Std threads move money between accounts in an `Arc<Mutex<HashMap>>` and report each
//! transfer on a std channel; after every thread is joined and every sender dropped,
//! `rx.iter().collect()` takes the buffered messages and ends. Every transfer fits whatever
//! order the threads run in, so the result is the same each time. Then an atomic counter
//! shared by four threads, and a scoped thread borrowing a local.

use std::collections::HashMap;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let accounts = Arc::new(Mutex::new(HashMap::from([("alice", 100i64), ("bob", 50)])));
    let (tx, rx) = mpsc::channel::<String>();
    let mut handles = vec![];
    for (from, to, amt) in [("alice", "bob", 30), ("bob", "alice", 10), ("alice", "bob", 5)] {
        let acc = Arc::clone(&accounts);
        let tx = tx.clone();
        handles.push(thread::spawn(move || {
            let mut a = acc.lock().unwrap();
            let fb = *a.get(from).unwrap();
            if fb >= amt {
                *a.get_mut(from).unwrap() -= amt;
                *a.entry(to).or_insert(0) += amt;
                tx.send(format!("{from}->{to} {amt}")).unwrap();
            }
        }));
    }
    drop(tx);
    for h in handles {
        h.join().unwrap();
    }
    let mut log: Vec<String> = rx.iter().collect();
    log.sort();
    println!("{log:?}");
    let a = accounts.lock().unwrap();
    let mut v: Vec<_> = a.iter().collect();
    v.sort();
    println!("{v:?} total={}", a.values().sum::<i64>());
    let counter = Arc::new(std::sync::atomic::AtomicU64::new(0));
    let hs: Vec<_> = (0..4)
        .map(|_| {
            let c = counter.clone();
            thread::spawn(move || {
                for _ in 0..1000 {
                    c.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                }
            })
        })
        .collect();
    for h in hs {
        h.join().unwrap();
    }
    println!("{}", counter.load(std::sync::atomic::Ordering::SeqCst));
    let r = thread::scope(|s| {
        let h = s.spawn(|| v.len() * 2);
        h.join().unwrap()
    });
    println!("{r}");
}

//! std::sync::Mutex between OS threads: the Rust book's counter, a held lock, and poisoning
//!
//! Ten threads each lock an `Arc<Mutex<i32>>` and add one; joining them all gives 10. When one
//! thread holds the lock across a `thread::sleep`, another thread's `lock()` blocks until the
//! guard is dropped, and the waiters get the lock in the order they asked. A thread that
//! panics while holding the guard poisons the mutex: every later `lock()` is an `Err` whose
//! `into_inner()` still gives the guard, and the panicking thread's `join()` is an `Err`.

use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

fn main() {
    let counter = Arc::new(Mutex::new(0));
    let mut handles = vec![];
    for _ in 0..10 {
        let counter = Arc::clone(&counter);
        let handle = thread::spawn(move || {
            let mut num = counter.lock().unwrap();
            *num += 1;
        });
        handles.push(handle);
    }
    for handle in handles {
        handle.join().unwrap();
    }
    println!("Result: {}", *counter.lock().unwrap());

    let log = Arc::new(Mutex::new(Vec::new()));
    let l = Arc::clone(&log);
    let holder = thread::spawn(move || {
        let mut g = l.lock().unwrap();
        g.push("holder locked");
        thread::sleep(Duration::from_millis(100));
        g.push("holder done");
    });
    let mut waiters = vec![];
    for (name, after) in [("first waiter", 20u64), ("second waiter", 50)] {
        let l = Arc::clone(&log);
        waiters.push(thread::spawn(move || {
            thread::sleep(Duration::from_millis(after));
            l.lock().unwrap().push(name);
        }));
    }
    holder.join().unwrap();
    for w in waiters {
        w.join().unwrap();
    }
    log.lock().unwrap().push("main");
    println!("{:?}", log.lock().unwrap());

    let shared = Arc::new(Mutex::new(vec![1, 2]));
    let s = Arc::clone(&shared);
    let bad = thread::spawn(move || {
        let mut g = s.lock().unwrap();
        g.push(3);
        panic!("worker gave up");
    });
    println!("join is_err: {}", bad.join().is_err());
    match shared.lock() {
        Ok(g) => println!("not poisoned: {:?}", *g),
        Err(poisoned) => println!("poisoned, still {:?}", *poisoned.into_inner()),
    }
    println!("is_poisoned: {}", shared.is_poisoned());
}

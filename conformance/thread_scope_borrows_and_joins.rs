//! `std::thread::scope`: threads that borrow locals, all joined when the scope ends
//!
//! Threads spawned on a `Scope` may borrow what outlives the scope (here a
//! vector, read by each thread, and a `Mutex` they all write to) because
//! `scope` does not return until every one of them has finished: a thread
//! nobody joins is waited for at the scope's end, after the closure's last
//! line. `join` of a `ScopedJoinHandle` returns the thread's value, or `Err`
//! for a thread that panicked. A thread that panicked and was not joined
//! makes `scope` itself panic, with "a scoped thread panicked", once all
//! have finished.

use std::sync::Mutex;
use std::thread;
use std::time::Duration;

fn main() {
    let words = vec!["alpha", "beta", "gamma"];
    let seen = Mutex::new(Vec::new());
    let total: usize = thread::scope(|s| {
        let mut handles = Vec::new();
        for i in 0..words.len() {
            let words = &words;
            let seen = &seen;
            handles.push(s.spawn(move || {
                thread::sleep(Duration::from_millis(25 * (3 - i as u64)));
                println!("thread {i} reads {}", words[i]);
                seen.lock().unwrap().push(words[i]);
                words[i].len()
            }));
        }
        println!("spawned {} threads", handles.len());
        handles.into_iter().map(|h| h.join().unwrap()).sum()
    });
    println!("total {total}; seen {:?}; words still ours: {words:?}", seen.lock().unwrap());

    let mut log = vec!["before"];
    thread::scope(|s| {
        s.spawn(|| {
            thread::sleep(Duration::from_millis(30));
            println!("the unjoined thread ends before the scope returns");
        });
        let failing = s.spawn(|| {
            if words.len() == 3 {
                panic!("joined thread fails");
            }
        });
        println!("joined the failing thread: is_err = {}", failing.join().is_err());
        println!("the scope's closure returns");
    });
    log.push("after");
    println!("{log:?}");

    thread::scope(|s| {
        s.spawn(|| {
            thread::sleep(Duration::from_millis(20));
            panic!("nobody joins me");
        });
        println!("last scope's closure returns");
    });
    println!("never printed");
}

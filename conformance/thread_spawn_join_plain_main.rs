//! std::thread in a plain `fn main`: spawn, sleep, join, and real time
//!
//! `std::thread::spawn` runs a closure on a new OS thread and returns a `JoinHandle`, whose
//! `join()` blocks the caller until the thread ends and gives its value in `Ok`. Threads that
//! sleep (`std::thread::sleep`) wake in the order of their deadlines, so two workers sleeping
//! 120 ms and 20 ms push into a shared `Arc<Mutex<Vec<_>>>` shorter sleep first, even though the
//! longer one was spawned first. `is_finished()` is true once the thread has ended, and
//! `std::time::Instant` measures the real time the sleeps took.

use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

fn main() {
    let start = Instant::now();
    let log = Arc::new(Mutex::new(Vec::new()));

    let mut handles = Vec::new();
    for (name, ms) in [("slow", 120u64), ("fast", 20)] {
        let log = Arc::clone(&log);
        handles.push(thread::spawn(move || {
            thread::sleep(Duration::from_millis(ms));
            log.lock().unwrap().push(name);
            ms * 2
        }));
    }

    let mut total = 0;
    for h in handles {
        total += h.join().unwrap();
    }
    println!("order: {:?}", log.lock().unwrap());
    println!("total: {total}");
    println!("took at least 120 ms: {}", start.elapsed() >= Duration::from_millis(120));

    let h = thread::spawn(|| {
        let words = ["threads", "own", "their", "data"];
        words.iter().map(|w| w.len()).sum::<usize>()
    });
    thread::sleep(Duration::from_millis(200));
    println!("finished after 200 ms: {}", h.is_finished());
    println!("letters: {}", h.join().unwrap());

    let deadline = Instant::now() + Duration::from_millis(25);
    let waiter = thread::spawn(move || {
        while Instant::now() < deadline {
            thread::sleep(Duration::from_millis(10));
        }
        "deadline passed"
    });
    println!("{}", waiter.join().unwrap());
    println!("checked_duration_since: {:?}", start.checked_duration_since(Instant::now()));
}

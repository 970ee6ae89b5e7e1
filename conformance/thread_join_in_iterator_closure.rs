//! Joining threads inside an iterator adapter: `handles.into_iter().map(|h| h.join().unwrap())`
//!
//! A common way to collect what spawned threads return is to map each `JoinHandle` to its
//! `join()` result. `join` blocks the calling thread until that thread ends, so the results
//! come back in spawn order whatever order the threads finish in: here the threads sleep for
//! less time the later they were spawned. Counting with an `Arc<AtomicUsize>` shared by all
//! threads gives the same total every run.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::Duration;

fn main() {
    let hits = Arc::new(AtomicUsize::new(0));
    let handles: Vec<_> = (0..4)
        .map(|i| {
            let hits = Arc::clone(&hits);
            thread::spawn(move || {
                for _ in 0..=i {
                    hits.fetch_add(1, Ordering::SeqCst);
                }
                i * 10
            })
        })
        .collect();
    let results: Vec<usize> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    println!("{results:?}, {} hits", hits.load(Ordering::SeqCst));

    let sleepers: Vec<thread::JoinHandle<String>> = (1..=3u64)
        .map(|i| {
            thread::spawn(move || {
                thread::sleep(Duration::from_millis(120 - i * 30));
                format!("worker {i}")
            })
        })
        .collect();
    let names: Vec<String> = sleepers.into_iter().map(|h: thread::JoinHandle<String>| h.join().unwrap()).collect();
    println!("{names:?}");
}

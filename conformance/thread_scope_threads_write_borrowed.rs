//! Scoped threads that change what they borrow
//!
//! Inside `thread::scope`, one thread reads `limit` while another adds to `count` and a
//! third pushes to `words`, all borrowing `main`'s variables; the scope waits for every thread
//! at its end, so afterwards `main` sees what they wrote. (Only one thread prints: real
//! threads interleave at random.)

use std::thread;

fn main() {
    let mut count = 1;
    let mut words = vec!["start"];
    let limit = 5;
    thread::scope(|s| {
        s.spawn(|| println!("reader sees limit {limit}"));
        s.spawn(|| {
            for _ in 0..limit {
                count += 1;
            }
        });
        s.spawn(|| words.push("from a thread"));
    });
    println!("count = {count}, words = {words:?}");
    thread::scope(|s| {
        let h = s.spawn(|| {
            count *= 10;
            count
        });
        println!("joined: {}", h.join().unwrap());
    });
    println!("count = {count}");
}

//! std::sync::mpsc::sync_channel: a bounded channel whose send blocks while it is full
//!
//! `sync_channel(2)` holds at most two messages. The producer thread sends five: the first two
//! go straight into the buffer, and the third `send` blocks until the consumer has taken one.
//! The consumer starts 50 ms late and takes a message every 20 ms, so each later `send` returns
//! just after a `recv` makes room. Both threads log into one `Arc<Mutex<Vec<_>>>`; the log
//! shows the backpressure; the loop over `&rx` ends when the producer drops its sender. Once
//! the receiver is gone, `send` is `Err(SendError(..))`.

use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

fn main() {
    let log = Arc::new(Mutex::new(Vec::new()));
    let (tx, rx) = mpsc::sync_channel(2);
    let plog = Arc::clone(&log);
    let producer = thread::spawn(move || {
        for i in 0..5 {
            tx.send(i).unwrap();
            plog.lock().unwrap().push(format!("sent {i}"));
        }
    });
    thread::sleep(Duration::from_millis(50));
    for v in &rx {
        thread::sleep(Duration::from_millis(20));
        log.lock().unwrap().push(format!("got {v}"));
    }
    producer.join().unwrap();
    for line in log.lock().unwrap().iter() {
        println!("{line}");
    }

    let (tx, rx) = mpsc::sync_channel::<&str>(1);
    drop(rx);
    println!("{:?}", tx.send("nobody"));
}

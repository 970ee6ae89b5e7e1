//! std::sync::mpsc: `recv_timeout` gives up after real time, `try_send` never blocks
//!
//! `recv_timeout(d)` blocks its thread like `recv`, but only for `d` of real
//! time: a message sent sooner is returned, a late one leaves
//! `Err(RecvTimeoutError::Timeout)` ("timed out waiting on channel"), and once
//! every sender is gone it is `Err(Disconnected)` at once. On a
//! `sync_channel(n)`, `try_send` puts the value in if there is room and
//! otherwise hands it back at once in `Err(TrySendError::Full(..))`, or
//! `Disconnected(..)` when the receiver is gone; its `Debug` hides the value.

use std::sync::mpsc::{self, RecvTimeoutError, TrySendError};
use std::thread;
use std::time::Duration;

fn main() {
    let (tx, rx) = mpsc::channel();
    let sender = thread::spawn(move || {
        for (i, ms) in [5u64, 60, 5].into_iter().enumerate() {
            thread::sleep(Duration::from_millis(ms));
            tx.send(i).unwrap();
        }
    });
    loop {
        match rx.recv_timeout(Duration::from_millis(40)) {
            Ok(i) => println!("got message {i}"),
            Err(RecvTimeoutError::Timeout) => println!("no message within 40 ms"),
            Err(e @ RecvTimeoutError::Disconnected) => {
                println!("{e:?}: {e}");
                break;
            }
        }
    }
    sender.join().unwrap();

    let (tx, rx) = mpsc::sync_channel::<String>(2);
    for word in ["one", "two", "three"] {
        match tx.try_send(word.to_string()) {
            Ok(()) => println!("queued {word}"),
            Err(TrySendError::Full(back)) => println!("full, got {back:?} back"),
            Err(TrySendError::Disconnected(_)) => println!("receiver gone"),
        }
    }
    let e = tx.try_send("four".to_string()).unwrap_err();
    println!("{e:?} / {e}");
    let reader = thread::spawn(move || {
        let first = rx.recv().unwrap();
        println!("reader took {first}");
        thread::sleep(Duration::from_millis(30));
    });
    thread::sleep(Duration::from_millis(15));
    println!("after a read: {:?}", tx.try_send("five".to_string()));
    reader.join().unwrap();
    let e = tx.try_send("six".to_string()).unwrap_err();
    println!("{e:?} / {e}");
    if let TrySendError::Disconnected(v) = e {
        println!("and {v} came back");
    }
}

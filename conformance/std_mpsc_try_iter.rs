//! std::sync::mpsc `try_iter`: the messages there are now, taken one by one, never waiting
//!
//! `rx.try_iter()` is an iterator that never blocks: each `next` takes one
//! message if one is buffered and ends the iteration otherwise, whether the
//! senders are alive or gone. It is lazy, so a message not asked for stays in
//! the channel for the next `recv`, and adapters (`map`, `sum`, `collect`)
//! work on it. What another thread sends later is seen by a later
//! `try_iter`, not by one that already ended.

use std::sync::mpsc;
use std::thread;
use std::time::Duration;
fn main() {
    let (tx, rx) = mpsc::channel::<u32>();
    println!("empty: {:?}", rx.try_iter().collect::<Vec<_>>());
    for i in 1..=4 {
        tx.send(i).unwrap();
    }
    let mut it = rx.try_iter();
    println!("first: {:?}", it.next());
    println!("still queued after one next: {:?}", rx.try_recv());
    let doubled: Vec<u32> = rx.try_iter().map(|x| x * 2).collect();
    println!("doubled rest: {doubled:?}");
    let worker = {
        let tx = tx.clone();
        thread::spawn(move || {
            for i in 10..13 {
                tx.send(i).unwrap();
                thread::sleep(Duration::from_millis(40));
            }
        })
    };
    thread::sleep(Duration::from_millis(60));
    println!("after 60 ms: {:?}", rx.try_iter().collect::<Vec<_>>());
    worker.join().unwrap();
    drop(tx);
    println!("after join: {:?}", rx.try_iter().sum::<u32>());
    println!("disconnected: {:?}", rx.try_iter().next());
}

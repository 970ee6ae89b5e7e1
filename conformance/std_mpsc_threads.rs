//! std::sync::mpsc between OS threads: the Rust book's message passing
//!
//! `std::sync::mpsc::channel()` makes an unbounded channel. Each thread owns a `Sender` (cloned
//! for the second producer) and `send` moves the value into the channel; the main thread owns
//! the `Receiver`. A `for` loop over the receiver calls `recv()`, which blocks until a message
//! comes, and ends once every sender is dropped. Two producers that sleep 100 ms between sends,
//! one starting 50 ms later, interleave. `rx.iter()` does the same through a borrow;
//! `try_recv` never blocks (`Empty`, then `Disconnected`), and `recv` on a channel with no
//! sender left is `Err(RecvError)`.

use std::sync::mpsc;
use std::thread;
use std::time::Duration;

fn main() {
    let (tx, rx) = mpsc::channel();

    let tx1 = tx.clone();
    thread::spawn(move || {
        let vals = vec![String::from("hi"), String::from("from"), String::from("the"), String::from("thread")];

        for val in vals {
            tx1.send(val).unwrap();
            thread::sleep(Duration::from_millis(100));
        }
    });

    thread::spawn(move || {
        thread::sleep(Duration::from_millis(50));
        let vals = vec![String::from("more"), String::from("messages"), String::from("for"), String::from("you")];

        for val in vals {
            tx.send(val).unwrap();
            thread::sleep(Duration::from_millis(100));
        }
    });

    for received in rx {
        println!("Got: {received}");
    }
    let (tx, rx) = mpsc::channel::<u32>();
    let h = thread::spawn(move || {
        let mut sum = 0;
        for n in rx.iter() {
            sum += n;
        }
        sum
    });
    for i in 1..=4 {
        tx.send(i).unwrap();
    }
    drop(tx);
    println!("sum {}", h.join().unwrap());

    let (tx, rx) = mpsc::channel::<&str>();
    println!("{:?}", rx.try_recv());
    tx.send("ready").unwrap();
    println!("{:?}", rx.try_recv());
    drop(tx);
    println!("{:?}", rx.try_recv());
    match rx.recv() {
        Ok(m) => println!("unexpected {m}"),
        Err(e) => println!("recv: {e:?} ({e})"),
    }
}

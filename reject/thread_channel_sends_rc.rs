//! Sending an Rc over a std::sync::mpsc channel from another thread
//!
//! A `Sender<T>` may only move to another thread when `T` is `Send`, and `Rc<T>` is not: its
//! reference count is not atomic. Moving `tx`, a `Sender<Rc<i32>>`, into a `thread::spawn`
//! closure is rejected with E0277, "`Rc<i32>` cannot be sent between threads safely". Send an
//! `Arc<T>`, or the value itself.

use std::rc::Rc;
use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    let h = thread::spawn(move || {
        tx.send(Rc::new(5)).unwrap();
    });
    h.join().unwrap();
    println!("{}", rx.recv().unwrap());
}

//! `Debug` of a `std::thread::Thread`, and `JoinHandle::thread`
//!
//! `Thread { id: ThreadId(n), name: .., .. }`: `main`'s thread is `ThreadId(1)` named "main", each
//! spawned thread takes the next number, named by its `Builder` or not at all. `h.thread()` is
//! the spawned thread's handle. `{:#?}` prints it over several lines.

use std::thread;
fn main() {
    println!("{:?}", thread::current());
    println!("{:#?}", thread::current());
    let h = thread::Builder::new().name("worker".into()).spawn(|| format!("{:?}", thread::current())).unwrap();
    println!("{}", h.join().unwrap());
    let h = thread::spawn(|| format!("{:?}", thread::current()));
    println!("{}", h.join().unwrap());
    let h = thread::spawn(|| 1);
    println!("{:?}", h.thread());
    h.join().unwrap();
}

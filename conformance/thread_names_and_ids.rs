//! std::thread names and ids: `thread::current()`, `Builder::name`, and a named thread's panic
//!
//! `thread::current()` is the thread the code runs on. The main thread is
//! named "main" and its `ThreadId` is 1; every spawned thread gets the next
//! `ThreadId` when it is created, in creation order, whatever order the
//! threads then run in. A thread from `thread::spawn` has no name; one from
//! `thread::Builder::new().name(..)` has that name (`Builder::spawn` returns
//! an `io::Result` of the handle), and its panic message names it instead
//! of `<unnamed>`.

use std::thread;
use std::time::Duration;

fn describe(who: &str) {
    let me = thread::current();
    println!("{who}: name {:?}, id {:?}", me.name(), me.id());
}

fn main() {
    describe("main");
    let main_id = thread::current().id();

    let plain = thread::spawn(|| {
        thread::sleep(Duration::from_millis(40));
        describe("plain");
        thread::current().id()
    });
    let named = thread::Builder::new()
        .name("worker-1".to_string())
        .stack_size(64 * 1024)
        .spawn(move || {
            describe("named");
            thread::current().id() != main_id
        })
        .expect("spawn failed");
    println!("named thread differs from main: {}", named.join().unwrap());
    let plain_id = plain.join().unwrap();
    println!("plain thread's id from join: {plain_id:?}");

    let failing = thread::Builder::new()
        .name("checker".into())
        .spawn(|| {
            thread::sleep(Duration::from_millis(10));
            panic!("check failed");
        })
        .unwrap();
    println!("failing thread joined: is_err = {}", failing.join().is_err());
    println!("still main: {:?}", thread::current().name());
}

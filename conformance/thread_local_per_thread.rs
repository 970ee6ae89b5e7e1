//! Each thread has its own value of a `thread_local!` key, made at its first use
//!
//! A `thread_local!` key's initializer runs on each thread the first time that
//! thread uses the key, so a spawned thread starts from the initial value, not
//! from what the main thread wrote. `with` hands the closure the current
//! thread's value; the `Cell` and `RefCell` conveniences (`get`, `set`, `take`,
//! `replace`, `with_borrow`, `with_borrow_mut`) act on it too. An initializer
//! written `const { .. }` works the same.

use std::cell::{Cell, RefCell};
use std::thread;

fn first_count(why: &str) -> u32 {
    println!("  (initializer runs for {why})");
    10
}

thread_local! {
    static COUNT: Cell<u32> = Cell::new(first_count("COUNT"));
    static LOG: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

fn bump() -> u32 {
    COUNT.with(|c| {
        c.set(c.get() + 1);
        c.get()
    })
}

fn main() {
    println!("main, before any use");
    println!("main: {}", bump());
    println!("main: {}", bump());
    LOG.with_borrow_mut(|log| log.push("main wrote this".to_string()));

    let worker = thread::spawn(|| {
        println!("thread: {}", bump());
        LOG.with_borrow_mut(|log| log.push("thread wrote this".to_string()));
        LOG.with_borrow(|log| println!("thread sees {log:?}"));
        COUNT.set(100);
        COUNT.get()
    });
    println!("thread returned {}", worker.join().unwrap());

    println!("main still has {}", COUNT.get());
    let old = LOG.replace(vec!["fresh".to_string()]);
    println!("replaced {old:?}");
    println!("took {:?}", LOG.take());
    LOG.with(|log| println!("left {:?}", log.borrow()));
    println!("COUNT.take() = {}, then {}", COUNT.take(), COUNT.get());
    println!("COUNT.replace(7) = {}, then {}", COUNT.replace(7), COUNT.get());
}

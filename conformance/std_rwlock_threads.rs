//! std::sync::RwLock between OS threads: shared reads, a waiting writer, poisoning
//!
//! Two readers hold the lock at once, so `try_write` fails meanwhile. A writer that asks while a
//! reader holds it waits; a reader that asks after the writer queued waits behind it (std's lock
//! prefers writers) and then sees the writer's value, and `try_read` fails while the writer
//! waits. A thread that panics while holding the write guard poisons the lock: `read()` is an
//! `Err` whose `into_inner()` still gives the guard, until `clear_poison`. A read guard dropped by
//! a panic does not poison. `Debug` shows the value and the poison flag; `into_inner` gives the
//! value back.

use std::sync::{Arc, RwLock};
use std::thread;
use std::time::Duration;

#[derive(Debug)]
struct Config {
    name: String,
    retries: u32,
}

fn main() {
    let cfg = Arc::new(RwLock::new(Config { name: "base".to_string(), retries: 1 }));
    {
        let a = cfg.read().unwrap();
        let b = cfg.read().unwrap();
        println!("two readers: {} {}, try_write ok: {}", a.name, b.retries, cfg.try_write().is_ok());
    }
    println!("{cfg:?}");

    let c1 = Arc::clone(&cfg);
    let reader = thread::spawn(move || {
        let g = c1.read().unwrap();
        println!("reader 1 sees {}", g.retries);
        thread::sleep(Duration::from_millis(150));
        println!("reader 1 done");
    });
    thread::sleep(Duration::from_millis(30));
    let c2 = Arc::clone(&cfg);
    let writer = thread::spawn(move || {
        println!("writer waits");
        let mut g = c2.write().unwrap();
        g.retries += 1;
        println!("writer wrote");
        thread::sleep(Duration::from_millis(50));
    });
    thread::sleep(Duration::from_millis(30));
    let c3 = Arc::clone(&cfg);
    let reader2 = thread::spawn(move || {
        println!("reader 2 waits");
        let g = c3.read().unwrap();
        println!("reader 2 sees {}", g.retries);
    });
    thread::sleep(Duration::from_millis(30));
    println!("main try_read ok: {}", cfg.try_read().is_ok());
    reader.join().unwrap();
    writer.join().unwrap();
    reader2.join().unwrap();

    let c4 = Arc::clone(&cfg);
    let calm = thread::spawn(move || {
        let _g = c4.read().unwrap();
        panic!("reader gave up");
    });
    println!("reader panicked: {}, poisoned: {}", calm.join().is_err(), cfg.is_poisoned());
    let c5 = Arc::clone(&cfg);
    let bad = thread::spawn(move || {
        let mut g = c5.write().unwrap();
        g.name.push_str("-edited");
        panic!("writer gave up");
    });
    println!("writer panicked: {}, poisoned: {}", bad.join().is_err(), cfg.is_poisoned());
    match cfg.read() {
        Ok(g) => println!("read ok: {}", g.name),
        Err(e) => println!("read poisoned, still: {}", e.into_inner().name),
    }
    println!("try_write poisoned: {}", matches!(cfg.try_write(), Err(std::sync::TryLockError::Poisoned(_))));
    println!("{cfg:?}");
    cfg.clear_poison();
    println!("after clear_poison: {}", cfg.read().is_ok());
    let inner = Arc::try_unwrap(cfg).unwrap().into_inner().unwrap();
    println!("{inner:?}");
}

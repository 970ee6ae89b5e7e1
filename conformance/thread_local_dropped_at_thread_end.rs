//! `thread_local!` values are dropped when their thread ends, the last made first
//!
//! A spawned thread's values drop after its closure returns (or unwinds from a panic), before
//! `join` returns, in the reverse of the order they were first used; `main`'s drop after
//! `main` returns.

use std::cell::RefCell;
use std::thread;
struct Noisy(String);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
thread_local! {
    static A: RefCell<Option<Noisy>> = RefCell::new(None);
    static B: Noisy = Noisy(String::from("B"));
}
fn main() {
    let h = thread::spawn(|| {
        A.with(|s| *s.borrow_mut() = Some(Noisy("A worker".into())));
        B.with(|b| println!("using {}", b.0));
        println!("worker ends");
        7
    });
    println!("joined {}", h.join().unwrap());
    let h = thread::spawn(|| {
        B.with(|b| println!("using {}", b.0));
        A.with(|s| *s.borrow_mut() = Some(Noisy("A second".into())));
        panic!("boom");
    });
    println!("joined {}", h.join().is_err());
    A.with(|s| *s.borrow_mut() = Some(Noisy("A main".into())));
    B.with(|b| println!("using {}", b.0));
    println!("main ends");
}

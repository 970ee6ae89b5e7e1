//! A std::thread::spawn closure that moves an Rc to another thread
//!
//! `Rc`'s count is not atomic, so an `Rc` cannot cross to another thread: a closure given to
//! `std::thread::spawn` must be `Send`, and one that owns an `Rc<T>` is not. rustc says E0277,
//! "`Rc<Vec<i32>>` cannot be sent between threads safely". Use `Arc` to share across threads.

use std::rc::Rc;
use std::thread;

fn main() {
    let data = Rc::new(vec![1, 2, 3]);
    let h = thread::spawn(move || data.iter().sum::<i32>());
    println!("{}", h.join().unwrap());
}

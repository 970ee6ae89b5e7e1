//! `RefCell::borrow` while a `RefMut` is alive panics
//!
//! The `RefMut` from `borrow_mut()` writes through to the cell; a `borrow()` while it is alive
//! panics with "RefCell already mutably borrowed" at the `borrow` name of the call.

use std::cell::RefCell;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let cell = RefCell::new(String::from("a"));
    let mut w = cell.borrow_mut();
    w.push('b');
    println!("{w}");
    let r = cell.borrow();
    println!("unreachable {r} {w}");
}

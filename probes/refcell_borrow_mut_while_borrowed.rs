//! `RefCell::borrow_mut` while a `Ref` is alive panics
//!
//! A `Ref` from `borrow()` is alive until its scope ends; `borrow_mut()` meanwhile panics with
//! "RefCell already borrowed" (rustc 1.95's std, not "already borrowed: BorrowMutError")
//! at the `borrow_mut` name of the call (it is `#[track_caller]`), after two shared borrows worked.

use std::cell::RefCell;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let cell = RefCell::new(vec![1, 2]);
    let first = cell.borrow();
    let second = cell.borrow();
    println!("{} {}", first.len(), second[1]);
    drop(second);
    cell.borrow_mut().push(3);
    println!("unreachable {}", first.len());
}

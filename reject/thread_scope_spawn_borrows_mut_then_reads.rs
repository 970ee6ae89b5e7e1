//! A scoped thread borrows a vector mutably while the scope's closure reads it
//!
//! A closure given to `Scope::spawn` keeps what it borrows until the scope
//! joins the thread, at the end of `thread::scope`. Reading the vector in the
//! scope's closure meanwhile, while the thread may be pushing to it, is
//! rustc's E0502, "cannot borrow `log` as immutable because it is also
//! borrowed as mutable". Read it after the scope instead.

use std::thread;

fn main() {
    let mut log = vec!["start"];
    thread::scope(|s| {
        s.spawn(|| log.push("from the thread"));
        println!("{log:?}");
    });
    println!("{log:?}");
}

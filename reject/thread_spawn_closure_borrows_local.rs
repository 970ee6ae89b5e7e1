//! A std::thread::spawn closure that borrows a local variable
//!
//! An OS thread may outlive the function that spawned it, so its closure must own what it uses
//! (`F: 'static`). Borrowing `names` is rejected: E0373, "closure may outlive the current
//! function, but it borrows `names`". Write `move ||` to move `names` in, or share it through
//! an `Arc`.

use std::thread;

fn main() {
    let names = vec!["ann", "bob"];
    let h = thread::spawn(|| {
        for n in &names {
            println!("hello {n}");
        }
    });
    h.join().unwrap();
}

//! Using a generic value after moving it
//!
//! `fn log_and_keep<T: Debug>(item: T)` knows only that `T` is `Debug`, not that it is `Copy`:
//! `let kept = item;` moves it, and printing `item` afterwards is rustc's E0382, whatever type
//! a caller passes. Borrow it (`let kept = &item;`) or ask for `T: Copy`/`Clone`.

use std::fmt::Debug;

fn log_and_keep<T: Debug>(item: T) -> T {
    let kept = item;
    println!("keeping {:?}", item);
    kept
}

fn main() {
    let n = log_and_keep(5);
    println!("{n}");
}

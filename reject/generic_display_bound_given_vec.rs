//! A `Vec` passed to a function whose type parameter must be `Display`
//!
//! `fn show<T: Display>(x: T)` accepts only types `{}` can print. A `Vec` (like an `Option` or a
//! tuple) has no `Display`: only `Debug`, for `{:?}`. rustc's E0277 at the argument: bound the
//! parameter by `Debug` instead, or format the items yourself.

use std::fmt::Display;

fn show<T: Display>(label: &str, x: T) {
    println!("{label}: {x}");
}

fn main() {
    show("one", 1);
    show("name", "ferris");
    let scores = vec![90, 85];
    show("scores", scores);
}

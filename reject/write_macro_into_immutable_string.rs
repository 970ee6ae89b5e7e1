//! `write!` into a `String` that is not `mut`
//!
//! `write!(s, ..)` calls `s.write_fmt(..)`, which takes `&mut self`: `s` must be declared
//! `mut`. rustc's E0596, "cannot borrow `s` as mutable, as it is not declared as mutable".

use std::fmt::Write;

fn main() {
    let s = String::new();
    write!(s, "{}", 5).unwrap();
    println!("{}", s);
}

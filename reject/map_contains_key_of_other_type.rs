//! `contains_key` of a `&str` on a map keyed by `u32`
//!
//! A `u32` key borrows only as itself, so rustc infers `Q = u32` and reports E0308,
//! "mismatched types: expected `&u32`, found `&str`", at the argument.
use std::collections::HashMap;

fn main() {
    let mut ages: HashMap<u32, u32> = HashMap::new();
    ages.insert(1, 30);
    println!("{}", ages.contains_key("1"));
}

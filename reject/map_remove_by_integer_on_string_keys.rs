//! `remove(&1)` on a map keyed by `String`
//!
//! A `String` key can be looked up by `&String` or `&str`, not by a number: rustc's E0277,
//! "the trait bound `String: Borrow<{integer}>` is not satisfied", at the argument.
use std::collections::HashMap;

fn main() {
    let mut m: HashMap<String, u32> = HashMap::new();
    m.insert("a".into(), 1);
    m.remove(&1);
    println!("{}", m.len());
}

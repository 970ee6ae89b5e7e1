//! A `&'static str` copied out of a collection does not borrow it
//!
//! `m.get(&1).copied()` and `v.iter().next().copied()` give the `&'static str` that was stored,
//! not a reference into `m` or `v`: inserting into `m` and pushing to `v` while it is still used
//! is fine.

use std::collections::HashMap;

fn main() {
    let mut m: HashMap<u32, &'static str> = HashMap::new();
    m.insert(1, "a");
    let r = m.get(&1).copied().unwrap();
    m.insert(2, "b");
    let mut v = vec!["x", "y"];
    let first = v.iter().next().copied().unwrap();
    let it = v.first().cloned();
    v.push("z");
    println!("{r} {first} {it:?} {} {}", m.len(), v.len());
}

//! Derived `Hash`/`Eq`/`Ord` structs used as map keys and sorted
//!
//! A `#[derive(PartialEq, Eq, Hash)]` struct keys a `HashMap`; a `#[derive(PartialOrd, Ord)]` one sorts with `sort()`.

use std::collections::{BTreeSet, HashMap};

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Key {
    zone: u8,
    name: String,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let a = Key { zone: 2, name: String::from("b") };
    let b = Key { zone: 1, name: String::from("z") };
    let mut m = HashMap::new();
    m.insert(a.clone(), 1);
    m.insert(b.clone(), 2);
    let mut v = vec![a.clone(), b.clone()];
    v.sort();
    let set: BTreeSet<Key> = v.iter().cloned().collect();
    println!("{:?} {} {} {:?}", v[0], m[&a], a > b, set.len());
}

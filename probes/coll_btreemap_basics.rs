//! Collections: `BTreeMap` iterates in key order
//!
//! Keys inserted out of order come back sorted from `{:?}`, `keys()`, `values()` and a
//! `for` loop; `insert` on an existing key replaces the value.

use std::collections::BTreeMap;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut m = BTreeMap::new();
    m.insert(3, "c");
    m.insert(1, "a");
    m.insert(2, "b");
    println!("{:?}", m);
    println!("{:?}", m.insert(2, "B"));
    let keys: Vec<i32> = m.keys().copied().collect();
    println!("{:?}", keys);
    let values: Vec<&str> = m.values().copied().collect();
    println!("{:?}", values);
    for (k, v) in &m {
        println!("{} -> {}", k, v);
    }
    println!("{:#?}", m);
}

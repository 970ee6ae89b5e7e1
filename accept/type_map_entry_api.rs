//! The map `entry` API: `or_default`, `or_insert` and `and_modify`
//!
//! `entry(..).or_default()` returns `&mut V` of the map's value type, so `.push` and `+=` apply to it directly.

use std::collections::{BTreeMap, HashMap};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut groups: HashMap<&str, Vec<u32>> = HashMap::new();
    groups.entry("a").or_default().push(1);
    groups.entry("a").or_insert(Vec::new()).push(2);
    let mut counts: BTreeMap<char, u32> = BTreeMap::new();
    for c in "hello".chars() {
        *counts.entry(c).or_default() += 1;
    }
    counts.entry('z').and_modify(|n| *n += 1).or_insert(0);
    println!("{:?} {counts:?}", groups["a"]);
}

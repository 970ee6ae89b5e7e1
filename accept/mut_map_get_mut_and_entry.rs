//! Updating map values with `get_mut` and `entry`
//!
//! `*map.get_mut(k).unwrap() += 1` and `*map.entry(k).or_insert(0) += 1` write through returned `&mut`s.

use std::collections::{BTreeMap, HashMap};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut counts: HashMap<String, u32> = HashMap::new();
    counts.insert(String::from("a"), 0);
    *counts.get_mut("a").unwrap() += 1;
    if let Some(n) = counts.get_mut("a") {
        *n += 1;
    }
    let mut tally = BTreeMap::new();
    for w in ["x", "y", "x"] {
        *tally.entry(w).or_insert(0) += 1;
    }
    println!("{:?} {tally:?}", counts.get("a"));
}

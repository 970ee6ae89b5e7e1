//! `Vec`, `HashMap`, `VecDeque`, `HashSet` and `BTreeMap` together
//!
//! Element types are inferred from later inserts and pushes; lookups return `Option`s of references.

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut queue = VecDeque::new();
    queue.push_back(1);
    queue.push_front(0);
    let mut seen = HashSet::new();
    let mut by_name = HashMap::new();
    let mut ordered = BTreeMap::new();
    while let Some(x) = queue.pop_front() {
        if seen.insert(x) {
            by_name.insert(format!("n{x}"), x);
            ordered.insert(x, x * 10);
        }
        if x < 3 {
            queue.push_back(x + 1);
        }
    }
    let mut names: Vec<&String> = by_name.keys().collect();
    names.sort();
    println!("{names:?} {:?} {} {:?}", ordered, seen.contains(&2), by_name.get("n3"));
    println!("{:?} {:?}", ordered.first_key_value(), ordered.get(&9));
}

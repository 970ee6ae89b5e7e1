//! `rev()` of a `HashMap`'s iterator
//!
//! A `HashMap` has no order, so its iterators have no back: rustc's E0277, "the trait bound
//! `hash_map::Iter<'_, &str, i32>: DoubleEndedIterator` is not satisfied", at `rev`. A
//! `BTreeMap` iterates in key order and runs backwards with `rev()`.
use std::collections::HashMap;

fn main() {
    let mut scores: HashMap<&str, i32> = HashMap::new();
    scores.insert("blue", 10);
    scores.insert("red", 50);
    for (team, score) in scores.iter().rev() {
        println!("{team}: {score}");
    }
}

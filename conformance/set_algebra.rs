//! Set algebra on `HashSet` and `BTreeSet`
//!
//! `union`, `intersection`, `difference` and `symmetric_difference` borrow both sets and yield
//! references (a `BTreeSet`'s in ascending order); `is_subset`, `is_superset` and `is_disjoint`
//! compare them; a `BTreeSet`'s `first` and `last` are its smallest and largest elements.
use std::collections::{BTreeSet, HashSet};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let a: BTreeSet<i32> = [5, 1, 3, 7].into_iter().collect();
    let b: BTreeSet<i32> = [3, 4, 5, 6].into_iter().collect();
    println!("{:?}", a.union(&b).collect::<Vec<_>>());
    println!("{:?}", a.intersection(&b).collect::<Vec<_>>());
    println!("{:?}", a.difference(&b).collect::<Vec<_>>());
    println!("{:?}", a.symmetric_difference(&b).cloned().collect::<BTreeSet<i32>>());
    let small: BTreeSet<i32> = [3, 5].into_iter().collect();
    println!("{} {} {} {}", small.is_subset(&a), a.is_superset(&small), a.is_disjoint(&b), small.is_disjoint(&[9].into_iter().collect()));
    println!("{:?} {:?}", a.first(), a.last());

    let tags: HashSet<&str> = ["rust", "tokio", "async"].into_iter().collect();
    let wanted: HashSet<&str> = ["tokio", "serde"].into_iter().collect();
    let mut common: Vec<&&str> = tags.intersection(&wanted).collect();
    common.sort();
    let mut missing: Vec<&str> = wanted.difference(&tags).copied().collect();
    missing.sort();
    let mut all: Vec<&str> = tags.union(&wanted).copied().collect();
    all.sort();
    println!("{common:?} {missing:?} {all:?} {}", tags.is_subset(&wanted));
}

//! A hand-written `impl Ord` / `impl PartialOrd` decides comparisons, sorts and `max`/`min`
//!
//! `Priority` orders backwards (a smaller number is more urgent). `<` and friends call its
//! `partial_cmp`; `sort`, `max`, `min`, `Ord::max`, `std::cmp::max`, `cmp`, `sort_by_key`,
//! `max_by_key` and `binary_search` call its `cmp`. A struct that derives `PartialOrd` and
//! `Ord` compares its `Priority` field through them, field by field; `Reverse` turns it round
//! again. Sorting is stable, as std's is.

use std::cmp::{Ordering, Reverse};

#[derive(Debug, PartialEq, Eq, Clone, Copy)]
struct Priority(u32);

impl Ord for Priority {
    fn cmp(&self, other: &Self) -> Ordering {
        other.0.cmp(&self.0)
    }
}

impl PartialOrd for Priority {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Job {
    priority: Priority,
    name: &'static str,
}

fn job(p: u32, name: &'static str) -> Job {
    Job { priority: Priority(p), name }
}

fn main() {
    println!("{} {} {}", Priority(1) < Priority(2), Priority(1) > Priority(2), Priority(3) <= Priority(3));
    println!("{:?} {:?}", Priority(1).cmp(&Priority(2)), Priority(2).partial_cmp(&Priority(1)));
    println!("{:?} {:?}", Priority(3).max(Priority(4)), std::cmp::min(Priority(3), Priority(4)));

    let mut jobs = vec![job(3, "backup"), job(1, "page the on-call"), job(3, "archive"), job(2, "deploy")];
    jobs.sort();
    println!("{:?}", jobs.iter().map(|j| j.name).collect::<Vec<_>>());
    println!("{:?}", jobs.iter().max().map(|j| j.name));
    println!("{:?}", jobs.iter().min().map(|j| j.name));
    println!("{}", job(1, "z") < job(2, "a"));

    let mut ps = vec![Priority(5), Priority(1), Priority(9), Priority(5)];
    ps.sort_unstable();
    println!("{:?} {:?}", ps, ps.binary_search(&Priority(5)).is_ok());
    ps.sort_by_key(|&p| Reverse(p));
    println!("{:?}", ps);
    let names = ["a", "bb", "ccc"];
    println!("{:?}", names.iter().max_by_key(|n| Priority(n.len() as u32)));
}

//! Sorting: how often std's sorts call your closure (up to 20 elements)
//!
//! Up to 20 elements `sort_by`, `sort_by_key` and their unstable forms are an
//! insertion sort: each element moves left while it is less than its neighbour.
//! `sort_by_key` computes the key twice per comparison (the Book's listing 13-9
//! counts its calls), and a comparison that prints shows each pair compared.

use std::cmp::Ordering;

#[derive(Debug, PartialEq, Eq)]
struct Job {
    pri: u8,
    name: &'static str,
}

impl Ord for Job {
    fn cmp(&self, other: &Self) -> Ordering {
        println!("  cmp {} vs {}", self.name, other.name);
        self.pri.cmp(&other.pri)
    }
}

impl PartialOrd for Job {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn main() {
    let mut list = [10, 3, 7];
    let mut calls = 0;
    list.sort_by_key(|r| {
        calls += 1;
        *r
    });
    println!("{list:?} after {calls} key calls");

    let mut words = vec!["pear", "fig", "apple", "kiwi"];
    words.sort_by(|a, b| {
        println!("  compare {a} {b}");
        a.len().cmp(&b.len()).then(a.cmp(b))
    });
    println!("{words:?}");

    let mut jobs = vec![Job { pri: 2, name: "b" }, Job { pri: 1, name: "a" }, Job { pri: 3, name: "c" }];
    jobs.sort();
    println!("{:?}", jobs.iter().map(|j| j.name).collect::<Vec<_>>());

    let mut desc: Vec<u32> = (1..=12).rev().collect();
    let mut keys = 0;
    desc.sort_unstable_by_key(|x| {
        keys += 1;
        *x
    });
    println!("{desc:?} after {keys} key calls");

    let mut same = vec![(1, 'x'), (0, 'y'), (1, 'z'), (0, 'w')];
    let mut n = 0;
    same.sort_by(|a, b| {
        n += 1;
        a.0.cmp(&b.0)
    });
    println!("{same:?} after {n} comparisons");
}

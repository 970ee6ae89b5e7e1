//! `collect()` builds the collection its type names
//!
//! The same iterator collected into a `Vec`, a `HashMap` (a repeated key keeps its last value), a
//! `BTreeMap`, a `HashSet` and a `BTreeSet` (duplicates dropped), a `String`, and a `Result` or
//! `Option` of a collection: the first `Err` or `None` is the result, and std's `collect` stops
//! pulling items there (the `map` closure after it never runs).
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};

fn parse_all(words: &[&str]) -> Result<Vec<i32>, std::num::ParseIntError> {
    words
        .iter()
        .map(|w| {
            println!("  parsing {w}");
            w.parse::<i32>()
        })
        .collect()
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let pairs = vec![("b", 2), ("a", 1), ("b", 20), ("c", 3)];
    let v: Vec<(&str, i32)> = pairs.iter().copied().collect();
    let hm: HashMap<&str, i32> = pairs.iter().copied().collect();
    let bm: BTreeMap<&str, i32> = pairs.iter().copied().collect();
    println!("{} {} {} {:?}", v.len(), hm.len(), hm["b"], bm);
    let mut keys: Vec<_> = hm.keys().copied().collect();
    keys.sort();
    println!("{keys:?}");

    let hs: HashSet<i32> = [3, 1, 3, 2, 1].into_iter().collect();
    let bs = [3, 1, 3, 2, 1].into_iter().collect::<BTreeSet<i32>>();
    let dq: VecDeque<i32> = (1..=3).collect();
    println!("{} {:?} {:?} {}", hs.len(), bs, dq, hs.contains(&2));

    let s: String = vec!["ab", "cd"].into_iter().collect();
    let t = "hello".chars().rev().collect::<String>();
    println!("{s} {t}");

    println!("{:?}", parse_all(&["1", "2"]));
    println!("{:?}", parse_all(&["1", "x", "3"]).is_err());
    let opt: Option<Vec<i32>> = [Some(1), None, Some(3)].into_iter().collect();
    let all: Option<BTreeSet<i32>> = [Some(2), Some(1)].into_iter().collect();
    println!("{opt:?} {all:?}");
    let counts: Result<HashMap<char, usize>, String> =
        "abca".chars().map(|c| if c.is_alphabetic() { Ok((c, c as usize - 'a' as usize)) } else { Err(format!("bad {c}")) }).collect();
    let counts = counts.unwrap();
    let mut cv: Vec<_> = counts.into_iter().collect();
    cv.sort();
    println!("{cv:?}");
}

//! `BTreeMap::range`, `first_key_value`, `pop_first`; `BTreeSet::range`; ranges of `char`s
//!
//! A schedule kept in a `BTreeMap` keyed by time: the events due in a window (`range` with
//! either bound left open, over negative keys too), the earliest and latest, and a loop that
//! pops the next due event. A `BTreeSet` of ports gives the free ones in a band. Ranges of
//! `char`s run as iterators of their chars (collected, reversed, stepped, tested with
//! `contains`, and between two variables), skipping the surrogates as std does. A range whose
//! start is past its end panics in std's own code, but only when the map is not empty.

use std::collections::{BTreeMap, BTreeSet};

fn alphabet(lo: char, hi: char) -> String {
    let mut s = String::new();
    for c in lo..=hi {
        s.push(c);
    }
    s
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut due: BTreeMap<i64, &str> = BTreeMap::new();
    for (t, what) in [(30, "flush"), (-10, "warm up"), (10, "ping"), (20, "compact"), (0, "start")] {
        due.insert(t, what);
    }
    println!("window 0..20: {:?}", due.range(0..20).collect::<Vec<_>>());
    println!("up to 10: {:?}", due.range(..=10).map(|(t, _)| *t).collect::<Vec<_>>());
    println!("from 15: {:?}", due.range(15..).map(|(_, w)| *w).collect::<Vec<_>>());
    println!("before 0, latest first: {:?}", due.range(..0).rev().collect::<Vec<_>>());
    println!("first {:?}, last {:?}", due.first_key_value(), due.last_key_value());
    while let Some((t, what)) = due.pop_first() {
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        println!("t={t}: {what}");
        if what == "ping" {
            break;
        }
    }
    println!("left: {:?}, newest popped: {:?}", due.len(), due.pop_last());

    let mut names: BTreeMap<String, u32> = BTreeMap::new();
    for (n, age) in [("carol", 31), ("alice", 27), ("bob", 45), ("dave", 19), ("erin", 38)] {
        names.insert(n.to_string(), age);
    }
    let b_to_d: Vec<String> = names.range("b".to_string().."e".to_string()).map(|(n, a)| format!("{n}={a}")).collect();
    println!("{b_to_d:?}");

    let mut free: BTreeSet<u16> = (8080..8090).collect();
    free.remove(&8083);
    println!("band: {:?}", free.range(8082..=8085).collect::<Vec<_>>());
    println!("lowest {:?}, highest {:?}", free.pop_first(), free.pop_last());
    println!("{free:?}");

    let letters: Vec<char> = ('a'..='e').collect();
    let back: String = ('a'..'f').rev().collect();
    let every_fifth: String = ('A'..='Z').step_by(5).collect();
    let digits: Vec<u32> = ('0'..='9').map(|c| c.to_digit(10).unwrap()).collect();
    println!("{letters:?} {back} {every_fifth} {digits:?}");
    println!("{} {}", ('a'..='z').contains(&'q'), ('a'..'z').contains(&'z'));
    println!("{} {:?}", alphabet('w', 'z'), ('x'..'x').next());
    println!("{:?}", ('\u{D7FE}'..='\u{E001}').collect::<Vec<_>>());

    let empty: BTreeSet<u16> = BTreeSet::new();
    #[allow(clippy::reversed_empty_ranges)]
    let none = empty.range(9..3).count();
    println!("empty: {none}");
    #[allow(clippy::reversed_empty_ranges)]
    let n = free.range(9000..8000).count();
    println!("unreachable {n}");
}

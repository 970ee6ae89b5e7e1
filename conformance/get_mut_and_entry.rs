//! Changing a map's or vector's element through `get_mut` and the entry API
//!
//! The `&mut` that `HashMap`/`BTreeMap::get_mut`, `Vec`'s `get_mut`, `first_mut` and `last_mut`,
//! and `VecDeque`'s `front_mut`, `back_mut` and `get_mut` hand out is the element itself: `if let
//! Some(x) = m.get_mut(&k) { *x += 1 }`, `m.get_mut(&k).unwrap().push(..)`, a `let` of it written
//! through several times. The entry API (`*m.entry(k).or_insert(0) += 1`, `or_default()`,
//! `or_insert_with(Vec::new)`, `and_modify(..).or_insert(..)`) puts the default in only when the
//! key is absent, but evaluates `or_insert`'s argument every time (`make` prints on each call).
//! Unwrapping a `last_mut()` of an empty vector panics at the `unwrap`.

use std::collections::{BTreeMap, HashMap, VecDeque};
#[derive(Debug, Default)]
struct Stats {
    hits: u32,
    names: Vec<String>,
}
struct Registry {
    by_name: BTreeMap<String, Stats>,
    order: Vec<i32>,
}
impl Registry {
    fn hit(&mut self, name: &str) {
        if let Some(s) = self.by_name.get_mut(name) {
            s.hits += 1;
            s.names.push(name.to_uppercase());
        } else {
            self.by_name.insert(name.to_string(), Stats::default());
        }
        let first = self.order.first_mut().unwrap();
        *first += 1;
    }
}
fn make() -> i32 {
    println!("make called");
    7
}
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut r = Registry { by_name: BTreeMap::new(), order: vec![0, 5] };
    r.hit("a");
    r.hit("a");
    r.hit("b");
    r.hit("a");
    println!("{:?} {:?}", r.by_name, r.order);
    let mut m: HashMap<String, Vec<i32>> = HashMap::new();
    m.insert("k".to_string(), vec![]);
    let key = String::from("k");
    let v = m.get_mut(&key).unwrap();
    v.push(1);
    v.push(2);
    println!("{:?} len {}", v, v.len());
    m.get_mut("k").expect("present").push(3);
    println!("{:?}", m.get("k"));
    let mut counts: BTreeMap<char, usize> = BTreeMap::new();
    for c in "hello world".chars() {
        *counts.entry(c).or_insert(0) += 1;
    }
    println!("{counts:?}");
    let mut t: BTreeMap<i32, i32> = BTreeMap::new();
    *t.entry(1).or_insert(make()) += 1;
    *t.entry(1).or_insert(make()) += 1;
    *t.entry(2).or_insert_with(make) += 1;
    *t.entry(2).or_insert_with(make) += 1;
    *t.entry(3).or_insert_with(|| {
        println!("closure");
        100
    }) += 1;
    t.entry(3).and_modify(|v| *v *= 2).or_insert_with(|| 0);
    t.entry(4).and_modify(|v| *v *= 2).or_insert(40);
    let n = *t.entry(9).or_default();
    println!("{t:?} {n}");
    let mut d: VecDeque<i32> = VecDeque::new();
    d.push_back(1);
    d.push_back(2);
    if let Some(x) = d.front_mut() {
        *x = 10;
    }
    if let Some(x) = d.back_mut() {
        *x = 20;
    }
    if let Some(x) = d.get_mut(5) {
        *x = 99;
    } else {
        println!("no 5");
    }
    *d.get_mut(0).unwrap() += 1;
    println!("{d:?}");
    let mut w: Vec<String> = vec!["a".into()];
    w.last_mut().unwrap().push_str("bc");
    if let Some(s) = w.get_mut(0) {
        s.push('!');
    }
    println!("{w:?}");
    let mut groups: std::collections::HashMap<bool, Vec<i32>> = std::collections::HashMap::new();
    for i in 1..=6 {
        groups.entry(i % 2 == 0).or_insert_with(Vec::new).push(i);
        groups.entry(true).or_default().push(0);
    }
    println!("evens {:?} odds {:?}", groups[&true], groups[&false]);
    let mut e: Vec<i32> = vec![];
    *e.last_mut().unwrap() = 1;
}

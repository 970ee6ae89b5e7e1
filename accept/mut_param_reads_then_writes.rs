//! Working through `&mut` parameters: reads, then writes, each borrow ended first
//!
//! A `&mut Vec` or `&mut HashMap` parameter is read (`len`, `last`, an index), then pushed to,
//! sorted, cleared; an entry's count is copied out before the map is cleared; a function returns
//! a key after inserting. rustc accepts each (a borrow ends at its last use).

use std::collections::HashMap;
fn fill(v: &mut Vec<i32>) {
    let n = v.len();
    v.push(n as i32);
    v.push(v.len() as i32);
    if let Some(last) = v.last() { let x = *last; v.push(x); }
    let first = v[0];
    v.insert(0, first);
    for i in 0..v.len() { v[i] += 1; }
    v.sort();
    v.retain(|x| *x > 1);
    let s: i32 = v.iter().sum();
    v.push(s);
}
fn bump(m: &mut HashMap<String, u32>, k: &str) -> u32 {
    let c = m.entry(k.to_string()).or_insert(0);
    *c += 1;
    let v = *c;
    if m.len() > 3 { m.clear(); }
    v
}
fn longest<'a>(m: &'a mut HashMap<String, u32>) -> Option<&'a String> {
    m.insert("zz".into(), 9);
    m.keys().max_by_key(|k| k.len())
}
fn swap_ends(v: &mut [u8]) { let n = v.len(); if n > 1 { v.swap(0, n - 1); } let f = v.first().copied(); if let Some(f) = f { v[n - 1] = f; } }
fn main() {
    let mut v = vec![3, 1];
    fill(&mut v);
    println!("{v:?}");
    let mut m = HashMap::new();
    println!("{} {} {}", bump(&mut m, "a"), bump(&mut m, "a"), bump(&mut m, "b"));
    println!("{:?}", longest(&mut m));
    let mut b = [1u8, 2, 3];
    swap_ends(&mut b);
    println!("{b:?}");
}

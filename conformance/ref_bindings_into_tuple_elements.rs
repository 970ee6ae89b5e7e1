//! Binding the fields of a `&mut` tuple element
//!
//! `match counts.iter_mut().find(|(n, _)| *n == name) { Some((_, c)) => *c += 1, None => .. }`
//! binds `c` to field 1 of the element found, by match ergonomics; so do `if let Some((n, c))`
//! on `get_mut`, `let Some((_, last)) = v.last_mut() else { .. }` and a map's `get_mut` whose
//! values are tuples. Writes through each binding change the element in place.

use std::collections::HashMap;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut counts: Vec<(&str, u32)> = vec![("a", 1), ("b", 2)];
    for name in ["b", "c", "b"] {
        match counts.iter_mut().find(|(n, _)| *n == name) {
            Some((_, c)) => *c += 1,
            None => counts.push((name, 1)),
        }
    }
    if let Some((n, c)) = counts.get_mut(0) {
        *n = "z";
        *c *= 10;
    }
    let Some((_, last)) = counts.last_mut() else { return };
    *last += 100;
    let mut m: HashMap<u32, (String, u32)> = HashMap::new();
    m.insert(1, ("one".to_string(), 0));
    if let Some((s, n)) = m.get_mut(&1) {
        s.push('!');
        *n += 1;
    }
    println!("{counts:?} {:?}", m[&1]);
}

//! `match` on `get_mut` and `last_mut`
//!
//! `match m.get_mut(name) { Some(list) => list.push(n), None => { m.insert(name, vec![n]); } }`
//! changes the element in the `Some` arm and may insert in the `None` arm, where the map is no
//! longer borrowed; a `match` with its `None` (or `_`) arm first, and one whose arms give a value,
//! behave the same.

use std::collections::HashMap;
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut m: HashMap<&str, Vec<u32>> = HashMap::new();
    for (name, n) in [("a", 1), ("b", 2), ("a", 3)] {
        match m.get_mut(name) {
            Some(list) => list.push(n),
            None => {
                m.insert(name, vec![n]);
            }
        }
    }
    let total = match m.get_mut("a") {
        None => 0,
        Some(v) => {
            v.push(100);
            v.iter().sum::<u32>()
        }
    };
    let mut v = vec![1, 2];
    let last = match v.last_mut() {
        Some(x) => {
            *x *= 10;
            *x
        }
        _ => -1,
    };
    let mut keys: Vec<_> = m.into_iter().collect();
    keys.sort();
    println!("{keys:?} {total} {last} {v:?}");
}

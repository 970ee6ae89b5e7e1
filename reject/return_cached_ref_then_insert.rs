//! Returning a cached reference early, then inserting into the cache
//!
//! `if let Some(v) = self.map.get(&k) { return v; }` returns a reference into `self.map`, so that
//! borrow must last for the rest of the function on every path, and the `insert` below needs
//! `self.map` mutably. rustc reports E0502, "cannot borrow `self.map` as mutable because it is
//! also borrowed as immutable" (NLL's known limit); check with `contains_key` first, or use
//! `entry(k).or_insert_with(..)`.

use std::collections::HashMap;

struct Cache {
    map: HashMap<u32, String>,
}

impl Cache {
    fn get_or_load(&mut self, k: u32) -> &String {
        if let Some(v) = self.map.get(&k) {
            return v;
        }
        self.map.insert(k, format!("v{k}"));
        self.map.get(&k).unwrap()
    }
}

fn main() {
    let mut c = Cache { map: HashMap::new() };
    println!("{}", c.get_or_load(1));
}

//! A function that returns a value from a `&mut HashMap` early, then inserts into it
//!
//! `map.get(&k)` borrows `*map` (what the parameter points at); returning that reference keeps the
//! borrow to the end of the function, so the `insert` after it cannot borrow `*map` mutably.
//! rustc reports E0502, "cannot borrow `*map` as mutable because it is also borrowed as
//! immutable". Insert first (`entry(k).or_insert_with(..)`), then return the reference.

use std::collections::HashMap;

fn get_or_load(map: &mut HashMap<u32, String>, k: u32) -> &String {
    match map.get(&k) {
        Some(v) => return v,
        None => {}
    }
    map.insert(k, format!("v{k}"));
    map.get(&k).unwrap()
}

fn main() {
    let mut m = HashMap::new();
    println!("{}", get_or_load(&mut m, 1));
}

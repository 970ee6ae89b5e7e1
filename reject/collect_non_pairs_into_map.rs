//! `collect()` of single values into a `HashMap`
//!
//! A map is built from `(key, value)` pairs; these items are plain numbers: rustc's E0277, "a
//! value of type `HashMap<u8, u8>` cannot be built from an iterator over elements of type
//! `{integer}`", at `collect`.
use std::collections::HashMap;

fn main() {
    let m: HashMap<u8, u8> = vec![1, 2].into_iter().collect();
    println!("{m:?}");
}

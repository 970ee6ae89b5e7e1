//! A map looked up by a key value, not a reference to one
//!
//! `HashMap::get` takes `&Q` (with `K: Borrow<Q>`): `counts.get(name)` with `name: String`
//! passes the `String` itself, rustc's E0308 "mismatched types" ("expected `&_`, found
//! `String`") at the argument, with the hint to borrow it: `counts.get(&name)`.
use std::collections::HashMap;

fn main() {
    let mut counts: HashMap<String, u32> = HashMap::new();
    counts.insert("ann".to_string(), 2);
    let name = String::from("ann");
    println!("{:?}", counts.get(name));
}

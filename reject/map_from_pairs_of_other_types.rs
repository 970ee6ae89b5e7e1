//! `HashMap::from` pairs whose values are not the map's
//!
//! `HashMap::<&str, i32>::from([("a", "b")])` builds a `HashMap<&str, &str>`: rustc's E0308,
//! "mismatched types: expected `HashMap<&str, i32>`, found `HashMap<&str, &str>`", at the call.
use std::collections::HashMap;

fn main() {
    let m: HashMap<&str, i32> = HashMap::from([("a", "b")]);
    println!("{m:?}");
}

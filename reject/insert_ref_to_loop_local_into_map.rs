//! Inserting a reference to a loop's local `String` into a map that outlives the loop
//!
//! The map's keys are `&str`, borrowed from `key`, which is dropped at the end of each iteration
//! while the map still holds it. rustc reports E0597, "`key` does not live long enough", at
//! `&key`. Make the map own its keys (`HashMap<String, i32>`).

use std::collections::HashMap;

fn main() {
    let mut m: HashMap<&str, i32> = HashMap::new();
    for w in ["a", "b"] {
        let key = w.to_string();
        m.insert(&key, 1);
    }
    println!("{m:?}");
}

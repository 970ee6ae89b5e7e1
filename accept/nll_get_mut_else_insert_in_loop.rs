//! `if let Some(v) = m.get_mut(&k)` with an insert in the `else`, in a loop
//!
//! The mutable borrow from `get_mut` lives only in the `then` branch; the loop then iterates the map with `iter_mut` and by reference.

use std::collections::HashMap;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut m: HashMap<u32, Vec<u32>> = HashMap::new();
    for k in [1, 2, 1] {
        if let Some(v) = m.get_mut(&k) {
            v.push(k);
        } else {
            m.insert(k, vec![k]);
        }
    }
    for (k, v) in m.iter_mut() {
        v.push(*k * 10);
    }
    let mut keys: Vec<&u32> = m.keys().collect();
    keys.sort();
    for k in keys {
        println!("{k} {:?}", m[k]);
    }
}

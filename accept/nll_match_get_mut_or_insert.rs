//! `match map.get_mut(k)` that inserts in the `None` arm
//!
//! The mutable borrow from `get_mut` is only alive in the `Some` arm; the `None` arm may borrow the map mutably again to insert.

use std::collections::HashMap;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut counts: HashMap<&str, u32> = HashMap::new();
    for word in ["a", "b", "a", "c", "a"] {
        match counts.get_mut(word) {
            Some(n) => *n += 1,
            None => {
                counts.insert(word, 1);
            }
        }
    }
    let mut keys: Vec<_> = counts.keys().copied().collect();
    keys.sort();
    for k in keys {
        println!("{k}: {}", counts[k]);
    }
}

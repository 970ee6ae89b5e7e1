//! Reading a map while an entry's `&mut` is still in use
//!
//! `count` is the `&mut` that `or_insert` hands out, a borrow of the whole map that lasts until
//! `count`'s last use; `words.len()` reads the map in between. rustc reports E0502, "cannot borrow
//! `words` as immutable because it is also borrowed as mutable", at the `len()` call.

use std::collections::BTreeMap;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut words: BTreeMap<String, usize> = BTreeMap::new();
    let count = words.entry("tokio".to_string()).or_insert(0);
    println!("{} distinct words", words.len());
    *count += 1;
}

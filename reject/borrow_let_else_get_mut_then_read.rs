//! Reading a map while the `&mut` a `let ... else` took from `get_mut` is in use
//!
//! `let Some(stats) = by_name.get_mut("api") else { .. };` binds a `&mut` into the map, a
//! mutable borrow of `by_name` that lasts until `stats`'s last use. `by_name.len()` in between
//! is E0502, "cannot borrow `by_name` as immutable because it is also borrowed as mutable".

use std::collections::HashMap;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut by_name: HashMap<&str, u32> = HashMap::new();
    by_name.insert("api", 0);
    let Some(stats) = by_name.get_mut("api") else {
        return;
    };
    println!("{} services", by_name.len());
    *stats += 1;
}

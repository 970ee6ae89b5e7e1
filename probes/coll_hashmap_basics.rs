//! Collections: `HashMap` insert, get, remove and indexing
//!
//! `insert` returns the old value, `get` an option, `contains_key` a bool, `remove` the
//! removed value; indexing with `m["k"]` reads a value. Only order-independent output is
//! printed (a HashMap's iteration order is random).

use std::collections::HashMap;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut m = HashMap::new();
    println!("{:?}", m.insert("apple", 3));
    println!("{:?}", m.insert("apple", 4));
    m.insert("pear", 1);
    println!("len {}", m.len());
    println!("get apple {:?}, get kiwi {:?}", m.get("apple"), m.get("kiwi"));
    println!("contains pear {}", m.contains_key("pear"));
    println!("index {}", m["apple"]);
    println!("remove pear {:?}, again {:?}", m.remove("pear"), m.remove("pear"));
    println!("{:?}", m);
    let mut total = 0;
    for (_, v) in &m {
        total += v;
    }
    println!("total {}", total);
}

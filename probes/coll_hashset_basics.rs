//! Collections: `HashSet` insert and contains
//!
//! `insert` returns whether the value was new, `contains` and `len` answer questions
//! about the set, `remove` returns whether the value was there.

use std::collections::HashSet;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut s = HashSet::new();
    println!("{}", s.insert("a"));
    println!("{}", s.insert("a"));
    s.insert("b");
    println!("len {} contains b {} contains z {}", s.len(), s.contains("b"), s.contains("z"));
    println!("{}", s.remove("a"));
    println!("{:?}", s);
}

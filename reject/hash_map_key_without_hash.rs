//! A `HashMap` key type without `Hash`
//!
//! A `HashMap` finds its keys by hashing and comparing them, so the key type must implement `Eq`
//! and `Hash`: rustc's E0277, "the trait bound `SessionId: Hash` is not satisfied", at `insert`.
//! Add `Hash` to the derive: `#[derive(PartialEq, Eq, Hash)]`.
use std::collections::HashMap;

#[derive(Debug, PartialEq, Eq)]
struct SessionId(u64);

fn main() {
    let mut sessions = HashMap::new();
    sessions.insert(SessionId(7), "alice");
    println!("{:?}", sessions.len());
}

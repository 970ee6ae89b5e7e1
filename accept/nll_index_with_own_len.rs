//! Indexing and method arguments computed from the same collection
//!
//! `v.truncate(v.len() - 1)`, `v.extend(v.clone())` and `m.insert(k, m.len())` read before the mutable borrow starts.

use std::collections::HashMap;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut v = vec![1, 2, 3];
    let i = v.len() - 1;
    v[i] = v[0];
    v.truncate(v.len() - 1);
    v.extend(v.clone());
    let mut m: HashMap<String, usize> = HashMap::new();
    m.insert(String::from("a"), m.len());
    m.insert(String::from("b"), m.len());
    let mut names = vec![String::from("x")];
    names.push(names[0].clone());
    println!("{v:?} {:?} {:?} {names:?}", m.get("a"), m.get("b"));
}

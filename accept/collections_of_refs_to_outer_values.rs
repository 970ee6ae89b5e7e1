//! Collections of references to values that outlive them
//!
//! A `Vec<&String>` and a `HashMap<&str, usize>` hold references to strings declared before them
//! (or in the same block), and the strings are only read while the collections are in use; rustc
//! accepts each.

use std::collections::HashMap;
fn main() {
    let words = vec![String::from("apple"), String::from("bob")];
    let mut refs: Vec<&String> = Vec::new();
    for w in &words { refs.push(w); }
    refs.push(&words[0]);
    let s = String::from("x");
    let mut v: Vec<&String> = Vec::new();
    v.push(&s);
    println!("{} {:?} {:?}", s.len(), v, refs);
    let mut m: HashMap<&str, usize> = HashMap::new();
    for w in &words { m.insert(w.as_str(), w.len()); }
    let key = String::from("k");
    m.insert(&key, 0);
    let mut ks: Vec<_> = m.keys().collect();
    ks.sort();
    println!("{ks:?}");
    let mut v2 = Vec::new();
    {
        let t = String::from("t");
        v2.push(&t);
        println!("{v2:?}");
    }
}

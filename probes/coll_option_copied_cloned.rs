//! Collections: `copied` and `cloned` turn an `Option<&T>` into an `Option<T>`
//!
//! `v.first().copied()`, `v.get(9).copied()`, `v.last().cloned()` of a `Vec<String>` and
//! `m.get(..).cloned()` of a map print as plain options.

use std::collections::BTreeMap;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let v = vec![10, 20, 30];
    println!("{:?}", v.first().copied());
    println!("{:?}", v.get(9).copied());
    println!("{:?}", v.first().cloned());
    let names = vec![String::from("ann"), String::from("bob")];
    let last: Option<String> = names.last().cloned();
    println!("{:?}", last);
    let mut m = BTreeMap::new();
    m.insert("k", 5);
    println!("{:?} {:?}", m.get("k").copied(), m.get("z").cloned());
    let total = v.first().copied().unwrap_or(0) + v.last().copied().unwrap_or(0);
    println!("total = {}", total);
}

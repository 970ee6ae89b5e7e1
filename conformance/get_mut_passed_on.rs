//! Passing on the `&mut` that `get_mut` and `entry` hand out
//!
//! The element a `get_mut(..).unwrap()`, `last_mut()`, `first_mut()` or an entry's `or_insert`
//! hands out can be passed to a function or closure taking `&mut` (`bump(x)`,
//! `grow(vs.last_mut().unwrap())`), kept in a `let` inside a loop and read back, or found anew on
//! each turn of a `while let Some(x) = v.last_mut()` loop that pops the vector when the last
//! element reaches zero.

use std::collections::HashMap;
fn bump(n: &mut i32) {
    *n += 100;
}
fn grow(v: &mut Vec<i32>) {
    v.push(7);
}
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut m: HashMap<i32, i32> = HashMap::new();
    for k in 0..3 {
        let x = m.entry(k % 2).or_insert(0);
        *x += 1;
    }
    let x = m.get_mut(&0).unwrap();
    bump(x);
    bump(m.entry(5).or_default());
    let y = {
        let z = m.get_mut(&1).unwrap();
        *z += 1;
        *z
    };
    let mut keys: Vec<_> = m.iter().map(|(k, v)| (*k, *v)).collect();
    keys.sort();
    println!("{keys:?} {y}");
    let mut v = vec![3, 0, 2];
    let dec = |n: &mut i32| *n -= 1;
    while let Some(x) = v.last_mut() {
        if *x > 0 {
            dec(x);
        } else {
            v.pop();
        }
    }
    println!("{v:?}");
    let mut vs = vec![vec![1], vec![]];
    grow(vs.last_mut().unwrap());
    if let Some(first) = vs.first_mut() {
        grow(first);
        first.insert(0, 0);
    }
    println!("{vs:?}");
    let mut words: HashMap<String, usize> = HashMap::new();
    for w in "a b a c a".split(' ') {
        let c = words.entry(w.to_string()).or_insert(0);
        *c += 1;
        if *c == 3 {
            println!("third {w}");
        }
    }
    let mut ws: Vec<_> = words.into_iter().collect();
    ws.sort();
    println!("{ws:?}");
}

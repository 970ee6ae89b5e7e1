//! Borrows held across a call's arguments and a tuple's elements, valid
//!
//! Each argument's borrow lasts until the call ends, yet these compile:
//! two-phase `v.push(v.len())`, disjoint fields, shared borrows together,
//! owned clones beside a borrow, and a block argument after a copy.

use std::collections::HashMap;
struct P {
    a: Vec<i32>,
    b: Vec<i32>,
}
fn two(a: &mut Vec<i32>, b: &Vec<i32>) {
    a.extend(b.iter());
}
fn pair<'a>(x: &'a str, y: &'a str) -> (&'a str, &'a str) {
    (x, y)
}
fn main() {
    let mut v = vec![1, 2];
    v.push(v.len() as i32);
    let mut a = 1;
    let mut b = 2;
    std::mem::swap(&mut a, &mut b);
    let mut p = P { a: vec![1], b: vec![2] };
    two(&mut p.a, &p.b);
    let s = String::from("x");
    let t = (s.clone(), &s);
    let mut m: HashMap<String, i32> = HashMap::new();
    *m.entry(s.clone()).or_insert(0) += 1;
    let r = pair(&s, &s);
    let it = v.iter();
    let w: Vec<i32> = it.clone().chain(v.iter()).copied().collect();
    let arr = [&v, &v];
    let len = v.len();
    let first = v.first();
    let z = (first, v.len(), v.iter().max());
    let mut q = vec![3, 1, 2];
    q.sort_by(|x, y| x.cmp(y));
    let mut counter = 0;
    let mut bump = |n: i32| counter += n;
    bump(1);
    bump(2);
    let c = counter;
    let mut n = 5;
    let k = std::cmp::max(n, {
        n += 1;
        n
    });
    println!("{v:?} {a} {b} {:?} {t:?} {m:?} {r:?} {w:?} {arr:?} {len} {z:?} {q:?} {c} {k}", p.a);
}

//! `Vec::from` and `Vec::from_iter` of every common source
//!
//! An array, a slice (cloned), a `VecDeque`, a `BinaryHeap` (its heap order), a `String` (its
//! bytes), a range and an iterator; `from_iter(&v)` collects references. The element type
//! comes from the source, so an annotated `Vec<u64>` types its literals.

use std::collections::{BinaryHeap, VecDeque};
fn main() {
    let v = vec![1, 2, 3];
    let a = Vec::from(&v[..]);
    let b: Vec<&i32> = Vec::from_iter(&v);
    let c = Vec::from_iter(v.iter().map(|x| x * 2));
    let d = Vec::from(VecDeque::from(vec![7, 8]));
    let e = Vec::from(BinaryHeap::from(vec![1, 9, 4]));
    let f = Vec::from(String::from("ok"));
    let g: Vec<u64> = Vec::from([5, 6]);
    println!("{a:?} {b:?} {c:?} {d:?} {e:?} {f:?} {:?}", g.iter().sum::<u64>());
}

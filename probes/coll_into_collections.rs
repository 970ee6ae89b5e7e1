//! `.into()` from an array or a `Vec` into std's collections
//!
//! `From<[T; N]>` builds a `HashMap`, `BTreeMap`, `HashSet`, `BTreeSet`, `VecDeque` or
//! `BinaryHeap` as its `from` does: keys are looked up, sets are ordered and deduplicated, the
//! heap is in heap order. A heap `.into()` a `Vec` keeps the heap's order.

use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashMap, HashSet, VecDeque};

fn main() {
    let m: HashMap<i32, &str> = [(2, "two"), (1, "one")].into();
    println!("{:?} {:?} {}", m.get(&1), m.get(&3), m.len());
    let b: BTreeMap<&str, u32> = [("b", 2), ("a", 1), ("b", 3)].into();
    println!("{:?}", b);
    let s: BTreeSet<i32> = [3, 1, 3, 2].into();
    println!("{:?}", s);
    let h: HashSet<char> = ['x', 'y', 'x'].into();
    println!("{} {}", h.len(), h.contains(&'y'));
    let d: VecDeque<i32> = vec![1, 2, 3].into();
    println!("{:?} {:?}", d.front(), d.back());
    let heap: BinaryHeap<u8> = [1, 5, 2, 8, 3].into();
    println!("{:?} {:?}", heap, heap.peek());
    let back: Vec<u8> = heap.clone().into();
    println!("{:?} {} {:?}", back, back.len(), heap.into_vec());
}

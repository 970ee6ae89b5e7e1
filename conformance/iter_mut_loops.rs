//! `for` loops over `&mut` elements
//!
//! `for x in v.iter_mut()` and `for x in &mut v` (a vector, a `VecDeque`, an array, a struct's
//! field) bind each element as a `&mut`: writes through it, `break` and `continue` included,
//! change the collection. `for (i, x) in v.iter_mut().enumerate()` pairs them with their index;
//! `for (k, v) in m.iter_mut()`, `for (_, v) in &mut m` and `for v in m.values_mut()` change a
//! `BTreeMap`'s values in key order.

use std::collections::{BTreeMap, VecDeque};
#[derive(Debug)]
struct Job {
    id: u32,
    done: bool,
}
struct Queue {
    jobs: Vec<Job>,
}
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut v = vec![1, 2, 3];
    for x in v.iter_mut() {
        *x += 1;
    }
    for x in &mut v {
        *x *= 2;
        if *x > 6 {
            break;
        }
    }
    println!("{:?}", v);
    let mut q = Queue { jobs: vec![Job { id: 1, done: false }, Job { id: 2, done: false }] };
    for j in q.jobs.iter_mut() {
        if j.id == 2 {
            continue;
        }
        j.done = true;
    }
    println!("{:?}", q.jobs);
    let mut m: BTreeMap<&str, Vec<u32>> = BTreeMap::new();
    m.insert("a", vec![1]);
    m.insert("b", vec![]);
    for (k, v) in m.iter_mut() {
        v.push(k.len() as u32);
    }
    for v in m.values_mut() {
        v.push(9);
    }
    for (_, v) in &mut m {
        v.retain(|x| *x != 1);
    }
    println!("{:?}", m);
    let mut d: VecDeque<i32> = (1..4).collect();
    for x in d.iter_mut() {
        *x = -*x;
    }
    let mut arr = [1, 2, 3];
    for a in &mut arr {
        *a += 10;
    }
    println!("{:?} {:?}", d, arr);
    let mut total = 0;
    for x in v.iter_mut() {
        total += *x;
        *x = 0;
    }
    println!("{total} {:?}", v);
    for (i, x) in v.iter_mut().enumerate() {
        *x += i as i32 * 100;
    }
    println!("{:?}", v);
}

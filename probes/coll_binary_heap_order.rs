//! `BinaryHeap` keeps std's heap order through every operation
//!
//! A seeded random mix of `push`, `pop`, `peek`, `extend` (small and large, which std
//! merges differently) and `retain`, printing the heap's `Debug` (its internal order) after
//! each; then `from`, `collect`, `iter`, `into_vec`, `into_sorted_vec` and `drain`. A
//! min-heap through `Reverse` runs beside it.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
fn main() {
    let mut seed: u64 = 12345;
    let mut rnd = move |n: u64| {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        (seed >> 8) % n
    };
    for round in 0..3 {
        let mut h: BinaryHeap<(u64, u64)> = BinaryHeap::new();
        let mut r: BinaryHeap<Reverse<u64>> = BinaryHeap::new();
        for step in 0..60 {
            match rnd(10) {
                0..=4 => {
                    let v = rnd(20);
                    h.push((v, step));
                    r.push(Reverse(v));
                }
                5 | 6 => {
                    print!("pop {:?} {:?}; ", h.pop(), r.pop());
                }
                7 => {
                    let n = rnd(8) as usize;
                    let xs: Vec<(u64, u64)> = (0..n).map(|i| (rnd(20), 100 + i as u64)).collect();
                    h.extend(xs);
                }
                8 => {
                    let k = rnd(20);
                    h.retain(|&(v, _)| v != k);
                }
                _ => {
                    print!("peek {:?} len {}; ", h.peek(), h.len());
                }
            }
            println!("{round}.{step} {:?} {:?}", h, r);
        }
        let v: Vec<u64> = (0..rnd(30)).map(|_| rnd(50)).collect();
        let f = BinaryHeap::from(v.clone());
        println!("from {:?}", f);
        let c: BinaryHeap<u64> = v.iter().copied().collect();
        println!("collect {:?} {:?}", c.iter().take(5).collect::<Vec<_>>(), c.clone().into_vec());
        println!("sorted {:?}", f.into_sorted_vec());
        let mut big: BinaryHeap<u64> = (0..40).map(|_| rnd(100)).collect();
        big.extend((0..3).map(|_| rnd(100)));
        println!("big {:?}", big);
        let d: Vec<u64> = big.drain().collect();
        println!("drain {:?} {}", d, big.is_empty());
    }
}

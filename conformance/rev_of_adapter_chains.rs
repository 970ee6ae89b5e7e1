//! `rev()` of iterator adapter chains
//!
//! `rev()` runs a chain from the back: the closures of `map`, `filter` and `inspect` then see the
//! items last to first, and `zip`, `enumerate`, `skip`, `take` and `step_by` over exact-size
//! iterators pair and count from the front as they would forwards (Rust trims the longer side of a
//! `zip` first).
use std::collections::{BTreeMap, VecDeque};

fn main() {
    let total: i32 = (1..5).zip(10..14).map(|(a, b)| a * b).rev().skip(1).sum();
    let sums: Vec<i32> = (1..5).zip(10..20).map(|(a, b)| a + b).rev().collect();
    let v = vec![5, 6, 7, 8];
    let e: Vec<(usize, &i32)> = v.iter().enumerate().rev().collect();
    let m: Vec<i32> = v.iter().map(|x| x * 2).rev().take(2).collect();
    let z: Vec<(char, i32)> = ['a', 'b', 'c'].into_iter().zip(v.iter().copied()).rev().collect();
    println!("{total} {sums:?} {e:?} {m:?} {z:?}");
    let seen: Vec<i32> = v.iter().inspect(|x| print!("saw {x} ")).filter(|x| *x % 2 == 0).cloned().rev().collect();
    println!("-> {seen:?}");
    let stepped: Vec<usize> = (0..10usize).step_by(3).rev().collect();
    let skipped: Vec<u8> = (1..=6u8).skip(2).take(3).rev().collect();
    let chained: Vec<i32> = (1..3).chain(7..9).rev().collect();
    let last_even = v.iter().rposition(|x| x % 2 == 0);
    let back = (1..4).map(|x| x * 100).next_back();
    let found = "a1b2c3".chars().rev().find(|c| c.is_ascii_digit());
    let words: Vec<&str> = "one two three".split_whitespace().rev().collect();
    let q: VecDeque<i32> = (1..4).collect();
    let b: BTreeMap<i32, char> = [(2, 'b'), (1, 'a')].into_iter().collect();
    let folded = q.iter().rev().fold(String::new(), |acc, x| format!("{acc}{x}"));
    let keys: Vec<&i32> = b.keys().rev().collect();
    println!("{stepped:?} {skipped:?} {chained:?} {last_even:?} {back:?} {found:?} {words:?} {folded} {keys:?}");
    let mut it = (1..6).map(|x| x * 10);
    let mut z = (1..4).zip(5..9);
    let ends = (it.next(), it.next_back(), it.next(), z.next_back(), z.next(), z.next_back(), z.next());
    println!("{ends:?} then {:?}", it.collect::<Vec<_>>());
}

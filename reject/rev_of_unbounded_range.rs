//! `rev()` of an unbounded range, even after `take`
//!
//! `(1..)` has no back to start from, so it is no `DoubleEndedIterator`, and `take(3)` of it is
//! one only when its inner iterator is double-ended and exact-size: rustc's E0277, "the trait
//! bound `RangeFrom<{integer}>: DoubleEndedIterator` is not satisfied", at `rev`. Count down from a
//! bounded range instead: `(1..4).rev()`.

fn main() {
    let countdown: Vec<i32> = (1..).take(3).rev().collect();
    println!("{countdown:?}");
}

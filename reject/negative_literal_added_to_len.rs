//! Adding `-1` to a `usize`
//!
//! `v.len()` is a `usize`, which has no negative values, so the `-1` beside it would have to be a
//! negative `usize`: rustc's E0277, "the trait bound `usize: Neg` is not satisfied". Subtract
//! instead: `v.len() - 1` (which panics on an empty vector; `checked_sub(1)` does not).

fn main() {
    let queue = vec!["a", "b", "c"];
    let last = queue.len() + -1;
    println!("{}", queue[last]);
}

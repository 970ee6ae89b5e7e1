//! Splitting a slice into two mutable halves by hand
//!
//! The Rust Book's listing 20-5: `(&mut values[..mid], &mut values[mid..])`
//! borrows `*values` mutably twice within one tuple. The halves do not
//! overlap, but the borrow checker cannot see that: E0499. The standard
//! library's `split_at_mut` does it with `unsafe` code.

fn split_at_mut(values: &mut [i32], mid: usize) -> (&mut [i32], &mut [i32]) {
    let len = values.len();
    assert!(mid <= len);
    (&mut values[..mid], &mut values[mid..])
}

fn main() {
    let mut vector = vec![1, 2, 3, 4, 5, 6];
    let (left, right) = split_at_mut(&mut vector, 3);
    println!("{left:?} {right:?}");
}

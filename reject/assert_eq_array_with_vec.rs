//! Comparing an array with a `Vec` in `assert_eq!`, the array first
//!
//! std compares a `Vec` with an array (`v == [1, 2]`) but has no impl the
//! other way round, for an array on the left: rustc rejects
//! `assert_eq!([1, 2], v)` with E0277. Put the `Vec` first.

fn main() {
    let v = vec![1, 2];
    assert_eq!(v, [1, 2]);
    assert_eq!([1, 2], v);
    println!("equal");
}

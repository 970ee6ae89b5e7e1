//! Comparing a number with a reference to one in `assert_eq!`
//!
//! `y` is a `&i32`, and `i32` implements `PartialEq<i32>` only, not
//! `PartialEq<&i32>`: rustc rejects `assert_eq!(5, y)` (E0277). Dereference
//! it (`*y`) or compare two references.

fn main() {
    let x = 5;
    let y = &x;
    assert_eq!(5, x);
    assert_eq!(5, y);
    println!("equal");
}

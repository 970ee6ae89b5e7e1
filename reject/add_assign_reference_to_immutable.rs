//! `+=` of a reference into a binding that is not `mut`
//!
//! `total += x` with `x: &i32` (from `iter()`) is a call of `AddAssign<&i32>`, which borrows
//! `total` mutably: rustc's E0596, "cannot borrow `total` as mutable, as it is not declared as
//! mutable" (a plain `total += 1` would be E0384).

fn main() {
    let total = 0;
    for x in [1, 2].iter() {
        total += x;
    }
    println!("{}", total);
}

//! A destructuring assignment to a binding that is not `mut`
//!
//! `(a, b) = (b, a)` assigns `a` a second time, and `a` was bound without `mut`: rustc's E0384,
//! "cannot assign twice to immutable variable `a`", at `a` inside the tuple.

fn main() {
    let (a, mut b) = (1, 2);
    (a, b) = (b, a);
    println!("{} {}", a, b);
}

//! A struct keeps a `&mut` to a local, and the local is used while the struct still is
//!
//! `Wrap(&mut v)` stores a mutable borrow of `v` in the struct: for as long as the struct is
//! used afterwards, `v` is borrowed. Pushing to `v` directly in between is a second mutable
//! borrow: E0499, "cannot borrow `v` as mutable more than once at a time". Use the struct's
//! field (`w.0.push(..)`) instead, or finish with the struct first.

struct Wrap<'a>(&'a mut Vec<i32>);

fn main() {
    let mut v = vec![];
    let w = Wrap(&mut v);
    v.push(1);
    w.0.push(2);
    println!("{v:?}");
}

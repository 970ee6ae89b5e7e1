//! Reading a local while a struct that keeps a `&mut` to it is still used
//!
//! `Acc { out: &mut s }` borrows `s` mutably for as long as `a` is used. Printing `s` before
//! the last use of `a` needs a shared borrow of `s` while the mutable one is alive: E0502,
//! "cannot borrow `s` as immutable because it is also borrowed as mutable". Read `s` after the
//! struct's last use.

struct Acc<'a> {
    out: &'a mut String,
}

fn main() {
    let mut s = String::new();
    let a = Acc { out: &mut s };
    println!("{s}");
    a.out.push('x');
}

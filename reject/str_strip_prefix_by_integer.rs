//! `strip_prefix` by a number
//!
//! `strip_prefix` takes a pattern (a `char`, a `&str`, ..): rustc's E0277, "the trait bound
//! `{integer}: Pattern` is not satisfied", at the argument `3`.
fn main() {
    let s = String::from("3abc");
    println!("{:?}", s.strip_prefix(3));
}

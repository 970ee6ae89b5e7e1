//! `split` by a number
//!
//! A string pattern is a `char`, a `&str`, chars in a slice or array, or a closure on a
//! `char`; `5` is none of them: rustc's E0277, "the trait bound `{integer}: Pattern` is not
//! satisfied", at the argument.
fn main() {
    let s = "a,b";
    println!("{:?}", s.split(5).collect::<Vec<_>>());
}

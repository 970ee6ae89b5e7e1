//! `iter_mut().for_each(..)` with a closure that returns a value: E0308
//!
//! `for_each` takes a closure returning `()`. `|x| *x` returns the element, so rustc reports
//! E0308, "expected `()`, found integer", at the closure's body.

fn main() {
    let mut v = vec![1, 2, 3];
    v.iter_mut().for_each(|x| *x);
    println!("{v:?}");
}

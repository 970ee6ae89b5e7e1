//! A `for` loop whose body ends in a value: E0308
//!
//! A loop's body must be `()`: `for x in v.iter_mut() { *x }` gives an integer where `()` is
//! expected. rustc reports E0308, "expected `()`, found integer", at the body's last
//! expression. (`iter_mut().for_each(|x| *x)` is the same error, at the closure's body.)

fn main() {
    let mut v = vec![1, 2, 3];
    for x in v.iter_mut() {
        *x
    }
    println!("{v:?}");
}

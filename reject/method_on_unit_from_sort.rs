//! A method on the `()` that `sort()` returns
//!
//! `v.sort()` sorts in place and returns `()`, so `sorted` holds nothing: `sorted.len()` is
//! rustc's E0599, "no method named `len` found for unit type `()` in the current scope". Sort,
//! then use `v` itself.

fn main() {
    let mut ids = vec![42, 7, 19];
    let sorted = ids.sort();
    println!("{} ids, first {}", sorted.len(), ids[0]);
}

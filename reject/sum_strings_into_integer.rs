//! `sum()` of `String`s into an `i32`
//!
//! `sum` adds numbers; the items are `String`s: rustc's E0277, "a value of type `i32` cannot be
//! made by summing an iterator over elements of type `String`", at `sum`.
fn main() {
    let v = vec![1, 2, 3];
    let total: i32 = v.iter().map(|x| x.to_string()).sum();
    println!("{total}");
}

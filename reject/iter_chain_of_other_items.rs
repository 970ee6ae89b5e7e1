//! `chain` of an iterator of other items
//!
//! `a.iter()` gives `&{integer}`s and `b.iter()` gives `&&str`s; `chain` needs the same items:
//! rustc's E0271, "type mismatch resolving `<Iter<'_, &str> as IntoIterator>::Item ==
//! &{integer}`", at the argument.
fn main() {
    let a = vec![1, 2];
    let b = vec!["x"];
    let c: Vec<_> = a.iter().chain(b.iter()).collect();
    println!("{c:?}");
}

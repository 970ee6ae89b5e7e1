//! `collect()` of numbers into a `String`
//!
//! A `String` collects `char`s or strings; these items are `&{integer}`s: rustc's E0277, "a
//! value of type `String` cannot be built from an iterator over elements of type
//! `&{integer}`", at `collect`.
fn main() {
    let v = vec![1, 2];
    let s: String = v.iter().collect();
    println!("{s}");
}

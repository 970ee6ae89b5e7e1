//! `flat_map` whose closure gives a number
//!
//! `flat_map` iterates what its closure gives, so that must be iterable (a collection, an
//! `Option`, an iterator); a `u8` is not: rustc's E0277, "`u8` is not an iterator", at
//! `flat_map`. `map` is the adapter for one value per item.
fn main() {
    let v = vec![1u8, 2];
    let w: Vec<u8> = v.iter().flat_map(|x: &u8| *x).collect();
    println!("{w:?}");
}

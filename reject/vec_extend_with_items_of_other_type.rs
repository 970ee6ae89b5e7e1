//! `extend` of a `Vec<u8>` with `&str`s
//!
//! `Vec<T>` implements `Extend<T>` and `Extend<&T>`; its items here are `&str`: rustc's E0277,
//! "the trait bound `Vec<u8>: Extend<&str>` is not satisfied", at `extend`.
fn main() {
    let mut bytes: Vec<u8> = vec![1];
    bytes.extend(vec!["a"]);
    println!("{bytes:?}");
}

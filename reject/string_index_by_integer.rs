//! Indexing a `String` by position
//!
//! `s[0]` does not compile: a string is UTF-8 bytes and a position may fall inside a
//! character, so `String` is indexed only by ranges. rustc's E0277, "the type `str`
//! cannot be indexed by `{integer}`", at the index (the Book's chapter 8).

fn main() {
    let hello = String::from("Hola");
    let first = hello[0];
    println!("{first}");
}

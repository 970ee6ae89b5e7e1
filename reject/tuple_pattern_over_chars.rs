//! A tuple pattern over `chars()`
//!
//! `chars()` yields plain `char`s, so `for (i, c) in s.chars()` matches a pair against a `char`:
//! rustc's E0308, "mismatched types" (expected `char`, found a tuple), at the pattern. Add
//! `.enumerate()` (or use `char_indices()` for byte positions).

fn main() {
    let word = "tokio";
    for (i, c) in word.chars() {
        println!("{i}: {c}");
    }
}

//! `u8::try_from("a")`
//!
//! An integer converts with `TryFrom` from integers, `bool` and (unsigned) `char`; text is
//! parsed instead: rustc's E0277, "the trait bound `u8: TryFrom<&str>` is not satisfied", at
//! `u8::try_from`. `"a".parse::<u8>()` is the conversion from text.
fn main() {
    let x = u8::try_from("a");
    println!("{x:?}");
}

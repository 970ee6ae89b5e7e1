//! `String::from(5)`
//!
//! `String` converts from text (`&str`, `&String`, `char`..), not from a number: rustc's E0277,
//! "the trait bound `String: From<{integer}>` is not satisfied", at `String::from`. A number
//! becomes text with `to_string()` or `format!`.
fn main() {
    let s = String::from(5);
    println!("{s}");
}

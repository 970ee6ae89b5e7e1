//! A function of two references that returns one, without a lifetime
//!
//! `fn pick(a: &str, b: &str) -> &str` has two input lifetimes, so elision cannot tell which one
//! the result borrows: rustc's E0106, "missing lifetime specifier", at the returned `&`.
//! `fn pick<'a>(a: &'a str, b: &'a str) -> &'a str` says it.

fn pick(a: &str, b: &str) -> &str {
    if a.len() > b.len() { a } else { b }
}

fn main() {
    println!("{}", pick("ab", "c"));
}

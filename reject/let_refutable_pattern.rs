//! A `let` whose pattern does not match every value
//!
//! `let Some(x) = maybe;` says nothing about `None`: rustc's E0005, "refutable pattern
//! in local binding", with `None` not covered (the Book's chapter 19); `if let`,
//! `match` or `let ... else` handle the other case.

fn main() {
    let maybe: Option<i32> = Some(1);
    let Some(x) = maybe;
    println!("{x}");
}

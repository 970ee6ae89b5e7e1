//! `?` in a function that returns a plain `i32`
//!
//! `?` returns the error early, so the function must return a `Result` or an `Option`:
//! `fn parse(s: &str) -> i32` cannot. rustc's E0277, "the `?` operator can only be used in a
//! function that returns `Result` or `Option`", at the `?`.

fn parse(s: &str) -> i32 {
    let n: i32 = s.parse()?;
    n * 2
}

fn main() {
    println!("{}", parse("4"));
}

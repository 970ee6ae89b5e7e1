//! `parse()` into a type nothing names
//!
//! `"42".parse()` can parse into any `FromStr` type, and nothing in `let guess = ...`
//! says which: rustc's E0284, "type annotations needed", at the binding, with the
//! `expect` that needs the type known. The Book's chapter 3 shows this error.

fn main() {
    let guess = "42".parse().expect("Not a number!");
    println!("ready");
    let _ = guess;
}

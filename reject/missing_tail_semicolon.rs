//! A function body that ends in a statement where a value is expected
//!
//! `x + 1;` with its semicolon is a statement, so `plus_one`'s body has no tail and
//! returns `()` where `i32` is promised: rustc's E0308, pointing at the return type,
//! with the help to remove the semicolon (the Book's chapter 3).

fn plus_one(x: i32) -> i32 {
    x + 1;
}

fn main() {
    println!("{}", plus_one(5));
}

//! Adding an `Option<i8>` to an `i8`
//!
//! An `Option<i8>` may hold no number, so `x + y` with `y: Option<i8>` does not
//! compile: rustc's E0277, "cannot add `Option<i8>` to `i8`", at the `+` (the Book's
//! chapter 6); the `Option` must be matched or unwrapped first.

fn main() {
    let x: i8 = 5;
    let y: Option<i8> = Some(5);
    let sum = x + y;
    println!("{sum}");
}

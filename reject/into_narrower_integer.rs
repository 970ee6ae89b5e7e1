//! `into()` from `i64` into `i32`
//!
//! `From` converts only where no value is lost: `i32` has no `From<i64>`, so rustc's E0277,
//! "the trait bound `i32: From<i64>` is not satisfied", at `into`. `i32::try_from(x)` checks
//! the range; `x as i32` truncates.
fn main() {
    let big: i64 = 5;
    let x: i32 = big.into();
    println!("{x}");
}

//! A `match` on an `i32` whose only catch-all arm has a guard
//!
//! An arm with an `if` guard never counts towards exhaustiveness, so `n if n > 0` leaves every
//! positive number uncovered next to the literal arms: rustc's E0004, "non-exhaustive patterns:
//! `i32::MIN..=-2_i32` and `1_i32..=i32::MAX` not covered" (the gaps listed as rustc does: a
//! single value as `7_i32`, the type's ends as `i32::MIN`/`i32::MAX`).

fn sign(n: i32) -> &'static str {
    match n {
        -1 => "minus one",
        0 => "zero",
        n if n > 0 => "positive",
    }
}

fn main() {
    println!("{}", sign(5));
}

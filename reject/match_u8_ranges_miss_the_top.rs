//! A `match` on a `u8` whose ranges stop short of 255
//!
//! Integer patterns must cover every value of the type unless an arm catches the rest (`_` or a
//! binding). Here `0..=9` and `10..=99` leave 100 to 255: rustc's E0004, "non-exhaustive
//! patterns: `100_u8..=u8::MAX` not covered", at the scrutinee.

fn bucket(percent: u8) -> &'static str {
    match percent {
        0..=9 => "single digit",
        10..=99 => "two digits",
    }
}

fn main() {
    for p in [3, 42, 100] {
        println!("{p}: {}", bucket(p));
    }
}

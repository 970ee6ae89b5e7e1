//! Integers: `wrapping_pow`, `checked_pow` and `saturating_pow` with huge exponents
//!
//! std computes powers by squaring, so `3u64.wrapping_pow(4_000_000_001)` answers at
//! once; `1` and `-1` to any power stay in range.

fn main() {
    println!("{}", 3u64.wrapping_pow(4_000_000_001));
    println!("{}", 2u8.wrapping_pow(4_000_000_000));
    println!("{:?}", 1u64.checked_pow(4_000_000_000));
    println!("{:?}", (-1i8).checked_pow(4_000_000_001));
    println!("{:?}", 0i32.checked_pow(0));
    println!("{}", (-3i16).wrapping_pow(11));
    println!("{}", 7i32.saturating_pow(u32::MAX));
}

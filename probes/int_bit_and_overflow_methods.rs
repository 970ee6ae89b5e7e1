//! Integer methods: wrapping, checked, saturating and overflowing forms, bits, bytes
//!
//! Each method's result is exact for its type: `wrapping_mul` of two `u64`s (a hash), `checked_rem`
//! by zero, `saturating_pow`, `overflowing_sub`, `count_ones`, `leading_zeros` of a `u32`,
//! `rotate_left` of a `u8`, `swap_bytes`, `to_le_bytes`/`to_be_bytes`, `unsigned_abs` of `i8::MIN`.
//! A closure over a range's items (`(0..5u64).fold(..)`) sees their type, and a radix
//! format (`{h:x}`) reads its variable.

fn main() {
    let a: u64 = 6364136223846793005;
    println!("{}", a.wrapping_mul(3).wrapping_add(1442695040888963407));
    println!("{} {}", 5u8.wrapping_sub(7), 200u8.wrapping_mul(3));
    println!("{:?} {:?}", 7i32.checked_rem(0), 7i32.checked_rem(3));
    println!("{} {}", 100u8.saturating_mul(3), (-100i8).saturating_mul(2));
    println!("{:?} {:?}", 250u8.overflowing_add(10), 5u8.overflowing_sub(6));
    println!("{:?} {} {}", 3u8.checked_pow(6), 3u8.wrapping_pow(6), 3u8.saturating_pow(6));
    println!("{} {} {}", 15i32.clamp(0, 10), 0b1011u8.count_ones(), 1u32.leading_zeros());
    println!("{} {} {}", 8u16.trailing_zeros(), 0x12u8.rotate_left(4), 0x1234u16.swap_bytes());
    println!("{} {} {}", (-7i32).rem_euclid(3), (-7i32).div_euclid(3), 3u8.abs_diff(10));
    println!("{} {} {}", (-5i32).abs_diff(5), 64u32.is_power_of_two(), 0u8.count_zeros());
    println!("{:?} {:?}", 258u16.to_le_bytes(), 258u32.to_be_bytes());
    println!("{:?} {} {:?}", i8::MIN.checked_neg(), 5i32.wrapping_neg(), (-128i8).checked_abs());
    println!("{} {}", (-128i8).unsigned_abs(), u64::MAX.wrapping_mul(u64::MAX));
    let h = (0..5u64).fold(0xcbf29ce484222325u64, |h, b| (h ^ b).wrapping_mul(0x100000001b3));
    println!("{h:x}");
    // `Ord`'s methods on a literal of no fixed type yet.
    println!("{} {} {} {:?}", 15.clamp(0, 10), (-3).clamp(-2, 2), 3.max(4), 2.cmp(&1));
}

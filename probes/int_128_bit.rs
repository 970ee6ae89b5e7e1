//! Integers: `i128` and `u128` hold values far beyond 64 bits
//!
//! A power of two above `u64::MAX`, the product of two large `u64` values widened to
//! `u128`, a shift by 100 bits and a negative `i128` all print exactly.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("2u128.pow(100) = {}", 2u128.pow(100));
    let a = 4_000_000_000_000u64 as u128;
    println!("a * a = {}", a * a);
    let s = 1u128 << 100;
    println!("1 << 100 = {}", s);
    let b: i128 = -(3i128.pow(70));
    println!("-(3^70) = {}", b);
    println!("{:x}", s - 1);
}

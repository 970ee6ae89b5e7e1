//! Integers: `u64` values above `i64::MAX`, reached by casts
//!
//! `-1i32 as u64` is 18446744073709551615, the largest `u64`; halving it, adding back,
//! comparing it and casting it back to `i64` all work on the full unsigned range.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let x = -1i32;
    let u = x as u64;
    println!("-1i32 as u64 = {}", u);
    println!("u / 2 = {}", u / 2);
    println!("u / 2 + 1 = {}", u / 2 + 1);
    println!("u > 10: {}", u > 10);
    println!("u as i64 = {}", u as i64);
    let big = 1u64 << 63;
    println!("1u64 << 63 = {}", big);
    println!("-2i64 as u64 = {}", -2i64 as u64);
}

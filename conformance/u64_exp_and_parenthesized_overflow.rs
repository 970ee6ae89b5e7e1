//! `{:e}` of a large `u64`, and an overflow inside parentheses
//!
//! A `u64` above `i64::MAX` prints in scientific notation with all its digits
//! (`9.223372036854775808e18`). An addition that overflows inside parentheses, `(a + b) / 2`,
//! panics at the opening parenthesis, where rustc puts the location.

fn mid(a: u8, b: u8) -> u8 {
    (a + b) / 2
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let big: u64 = 1 << 63;
    println!("{:e} {:E}", big, u64::MAX);
    println!("{:e} {:.2e}", 12345u64, 98765u64);
    println!("{}", mid(10, 20));
    println!("{}", mid(200, 100));
}

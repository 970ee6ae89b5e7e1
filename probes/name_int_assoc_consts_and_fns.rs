//! Names: integer associated constants and functions in paths
//!
//! `u8::MAX`, `i64::MAX`, `usize::MAX`, `u32::BITS` and `i32::pow` called as a path are
//! std names that resolve like any other.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("{} {} {}", u8::MAX, i64::MAX, u16::MAX);
    println!("{}", u32::BITS);
    println!("{}", i32::pow(3, 4));
    println!("{}", i32::abs(-5));
    println!("{:?}", u8::try_from(300i32).is_err());
}

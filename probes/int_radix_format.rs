//! Integers: hexadecimal, octal and binary formatting use the type's width
//!
//! `{:x}`, `{:X}`, `{:o}`, `{:b}` of negative numbers print the two's complement in the
//! width of their type (`-1i32` is `ffffffff`), and the `#` and `0` flags add a prefix
//! and zero padding.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("{:x}", -1i32);
    println!("{:X}", -255i16);
    println!("{:b}", -2i8);
    println!("{:o}", -8i32);
    println!("{:x}", -1i64);
    println!("{:#x}", 255u8);
    println!("{:#b}", 5u8);
    println!("{:08b}", 5u8);
    println!("{:#010x}", 3054u32);
    println!("{:X}", 48879u32);
    println!("{:o}", 64u32);
}

//! Integers: `!`, shifts and bit operations keep the type's width
//!
//! Bitwise not of unsigned values, left shifts whose bits fall off the top (not an
//! overflow in Rust: only a shift amount of at least the width panics), right shifts
//! of negative numbers, and masks.

fn shl_u8(x: u8, n: u32) -> u8 {
    x << n
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("!0u16 = {}", !0u16);
    println!("!0u8 = {}", !0u8);
    println!("!5i32 = {}", !5i32);
    println!("!0u32 = {}", !0u32);
    println!("200u8 << 1 = {}", shl_u8(200, 1));
    println!("1u8 << 7 = {}", shl_u8(1, 7));
    println!("-16i32 >> 2 = {}", -16i32 >> 2);
    println!("0xF0u8 & 0x3C = {}", 0xF0u8 & 0x3C);
    println!("0xF0u8 | 0x0F = {}", 0xF0u8 | 0x0F);
    println!("0xFFu8 ^ 0x0F = {}", 0xFFu8 ^ 0x0F);
    println!("1u64 << 40 = {}", 1u64 << 40);
}

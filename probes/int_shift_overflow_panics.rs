//! Integers: shifting a `u8` by 8 or more bits panics in a debug build
//!
//! A shift amount must be below the bit width of the left operand's type:
//! `1u8 << 7` is 128 and `-8i32 >> 31` is -1, but `1u8 << 8` panics with "attempt
//! to shift left with overflow" (it does not wrap to 0).

fn shl(a: u8, n: u32) -> u8 {
    a << n
}

fn shr(a: i32, n: u32) -> i32 {
    a >> n
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("1u8 << 7 = {}", shl(1, 7));
    println!("-8i32 >> 31 = {}", shr(-8, 31));
    let mut x: u16 = 3;
    x <<= 15;
    println!("3u16 <<= 15 gives {x}");
    println!("1u8 << 8 = {}", shl(1, 8));
}

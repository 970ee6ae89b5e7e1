//! Integers: shifting an `i32` right by 32 or more bits panics in a debug build
//!
//! Right shifts are checked like left shifts: `x >>= 32` on an `i32` panics
//! with "attempt to shift right with overflow" instead of giving 0 or -1.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut x: i32 = -64;
    let n: u32 = 3;
    x >>= n;
    println!("-64 >> 3 = {x}");
    let big: u32 = n * 11;
    x >>= big;
    println!("unreachable: {x}");
}

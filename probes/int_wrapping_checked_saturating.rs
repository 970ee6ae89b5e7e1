//! Integers: wrapping, checked and saturating arithmetic respect the type's range
//!
//! `wrapping_add`, `checked_add`, `checked_sub`, `checked_mul`, `saturating_add` and
//! `saturating_sub` on suffixed literals of several widths. Each result depends on the
//! type's range (`u8` wraps at 256, `i8` saturates at 127), not on 64-bit arithmetic.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("250u8.wrapping_add(10) = {}", 250u8.wrapping_add(10));
    println!("127i8.wrapping_add(1) = {}", 127i8.wrapping_add(1));
    println!("4294967295u32.wrapping_add(2) = {}", 4294967295u32.wrapping_add(2));
    println!("200u8.checked_add(100) = {:?}", 200u8.checked_add(100));
    println!("200u8.checked_add(55) = {:?}", 200u8.checked_add(55));
    println!("3u32.checked_sub(5) = {:?}", 3u32.checked_sub(5));
    println!("100i8.checked_mul(2) = {:?}", 100i8.checked_mul(2));
    println!("250u8.saturating_add(10) = {}", 250u8.saturating_add(10));
    println!("100i8.saturating_add(100) = {}", 100i8.saturating_add(100));
    println!("(-100i8).saturating_sub(100) = {}", (-100i8).saturating_sub(100));
    println!("5u16.saturating_sub(9) = {}", 5u16.saturating_sub(9));
    println!("10i32.checked_div(0) = {:?}", 10i32.checked_div(0));
}

//! Lossless conversions between primitives with `From`
//!
//! `i64::from(x)` for a narrower integer, `u32::from(c)` for a `char`, `char::from(b)` for a
//! `u8`, `f64::from(x)` for an `f32` or an integer of up to 32 bits, and numbers from `bool`:
//! the same values as `as` gives for these, and the types rustc infers from them.
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let small: u8 = 200;
    let neg: i16 = -300;
    let wide = i64::from(small) * 1_000_000_000;
    let back = i32::from(neg) - 1;
    println!("{wide} {back} {}", u64::from(u32::MAX) + 1);
    println!("{} {} {}", u32::from('A'), char::from(98u8), u16::from(true) + u16::from(false));
    println!("{} {} {}", f64::from(0.1f32), f64::from(-7i32) / 2.0, f32::from(3u8) * 0.5);
    println!("{} {}", usize::from(small) + 1, isize::from(neg));
    let total: u64 = [1u32, 2, 3].iter().map(|&x| u64::from(x)).sum();
    let as_f: Vec<f64> = vec![1i32, 2].into_iter().map(f64::from).collect();
    println!("{total} {as_f:?}");
}

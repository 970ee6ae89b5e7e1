//! Integers: `as` casts between integer types, from floats, chars and bools
//!
//! Narrowing casts keep the low bits, sign changes reinterpret them, float-to-integer
//! casts truncate toward zero and saturate at the type's bounds, and `char` and `bool`
//! cast to their code and to 0 or 1.

fn f(x: f64) -> f64 {
    x
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let big = 300i32;
    let neg = -1i8;
    println!("300i32 as u8 = {}", big as u8);
    println!("300i32 as i8 = {}", big as i8);
    println!("-1i8 as u8 = {}", neg as u8);
    println!("255u8 as i8 = {}", 255u8 as i8);
    println!("-1i8 as i32 = {}", neg as i32);
    println!("65536 + 7 as u16 = {}", (65536i32 + 7) as u16);
    println!("3.9 as i32 = {}", f(3.9) as i32);
    println!("-3.9 as i32 = {}", f(-3.9) as i32);
    println!("300.0 as u8 = {}", f(300.0) as u8);
    println!("-5.0 as u32 = {}", f(-5.0) as u32);
    println!("'A' as u8 = {}", 'A' as u8);
    println!("97u8 as char = {}", 97u8 as char);
    println!("true as i32 = {}", true as i32);
    println!("7 as f64 / 2.0 = {}", 7 as f64 / 2.0);
}

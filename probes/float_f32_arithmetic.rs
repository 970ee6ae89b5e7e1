//! Floats: `f32` arithmetic rounds to single precision
//!
//! `0.1f32 + 0.2f32` is exactly the `f32` nearest 0.3, so it prints `0.3` (in `f64` it
//! would be 0.30000000000000004); `1.0f32 / 3.0` prints the shortest digits that
//! identify the `f32`; 16777217 is not representable in `f32`.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let a = 0.1f32;
    let b = 0.2f32;
    println!("0.1f32 + 0.2f32 = {}", a + b);
    println!("0.1f64 + 0.2f64 = {}", 0.1f64 + 0.2f64);
    println!("1.0f32 / 3.0 = {}", 1.0f32 / 3.0);
    println!("{:?}", 1.0f32 / 3.0);
    let big: f32 = 16777217.0;
    println!("16777217.0f32 = {}", big);
    let x: f32 = 2.0;
    println!("sqrt(2f32) = {}", x.sqrt());
    println!("0.1f32 as f64 = {}", a as f64);
}

//! Floats: `clamp` with its bounds the wrong way round panics in core
//!
//! `f32::clamp` asserts `min <= max` (and that neither is NaN); the panic names
//! core's source, and prints the bounds with `{:?}` at the `f32`'s own digits.

fn main() {
    let lo: f32 = 2.1;
    println!("{}", 1.5f32.clamp(0.0, 1.0));
    println!("{}", 1.5f32.clamp(lo, 1.0));
}

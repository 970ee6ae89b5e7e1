//! An integer divided by a float
//!
//! `sum / n as f64` divides an `i32` by an `f64`, and Rust has no `Div<f64>` for `i32`: it never
//! converts numbers silently. rustc's E0277, "cannot divide `i32` by `f64`", at the `/`.

fn main() {
    let sum: i32 = 6;
    let n: usize = 3;
    println!("{}", sum / n as f64);
}

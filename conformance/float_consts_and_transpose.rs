//! `std::f64::consts` and `transpose`
//!
//! `use std::f64::consts::PI;`, `std::f64::consts::E` in a `const`, and `f32::consts` give std's
//! constants (an `f32`'s rounded to `f32`). `Option<Result<T, E>>::transpose` turns
//! `v.map(str::parse)` into a `Result` that `?` can take, and `Result<Option<T>, E>` turns back.

use std::f32::consts;
use std::f64::consts::PI;
use std::num::ParseIntError;

const HALF_PI: f64 = std::f64::consts::FRAC_PI_2;

fn area(r: f64) -> f64 {
    PI * r * r
}

fn incr(v: Option<&str>) -> Result<i64, ParseIntError> {
    Ok(v.map(str::parse).transpose()?.unwrap_or(1))
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("{:.4} {} {}", area(2.0), std::f64::consts::E, HALF_PI);
    let tau: f32 = consts::TAU;
    println!("{tau} {} {:?}", std::f64::consts::LN_2, std::f64::consts::SQRT_2);
    println!("{:?} {:?} {:?}", incr(Some("41")), incr(None), incr(Some("x")));
    let r: Result<Option<u8>, String> = Ok(Some(3));
    let e: Result<Option<u8>, String> = Err("bad".into());
    let n: Result<Option<u8>, String> = Ok(None);
    println!("{:?} {:?} {:?}", r.transpose(), e.transpose(), n.transpose());
}

//! Float math: powers, roots, logarithms and angles
//!
//! The exact float methods (`powi`, `trunc`, `fract`, `mul_add`,
//! `rem_euclid`, `to_bits`...) have one right answer. The transcendental ones
//! (`sin`, `exp`, `ln`, `powf`) are correctly rounded here, which is what
//! glibc gives for these arguments.

use std::f64::consts::PI;

#[derive(Debug, Clone, Copy)]
struct Point {
    x: f64,
    y: f64,
}

impl Point {
    fn dist(self, o: Point) -> f64 {
        ((self.x - o.x).powi(2) + (self.y - o.y).powi(2)).sqrt()
    }

    fn angle_deg(self) -> f64 {
        self.y.atan2(self.x).to_degrees()
    }
}

fn compound(principal: f64, rate: f64, years: i32) -> f64 {
    principal * (1.0 + rate).powi(years)
}

fn main() {
    let a = Point { x: 1.0, y: 2.0 };
    let b = Point { x: 4.0, y: 6.0 };
    println!("dist {} angle {:.3}", a.dist(b), b.angle_deg());
    for years in [1, 5, 10, 30] {
        println!("{years:>2} years: {:.2}", compound(1000.0, 0.05, years));
    }
    println!("{:?}", 1.1f64.powi(10));
    println!("{:?}", 2.0f64.powi(-3));
    println!("{:?}", 1.5f32.powi(7));
    println!("{:?} {:?}", 27.0f64.cbrt(), 10.0f64.cbrt());
    println!("{:?} {:?}", 2.0f64.powf(0.5), 10.0f64.powf(1.5));
    println!("{:?} {:?} {:?}", 1.0f64.exp(), 2.0f64.ln(), 100.0f64.log(10.0));
    println!("{:?} {:?}", (PI / 6.0).sin(), (PI / 3.0).cos());
    let (s, c) = 1.0f64.sin_cos();
    println!("{s:?} {c:?}");
    println!("{:?} {:?}", 1.0f64.atan(), 1.0f64.atan2(-1.0));
    println!("{:?} {:?}", 3.75f64.trunc(), (-3.75f64).fract());
    println!("{:?} {:?}", (-7.5f64).rem_euclid(2.0), (-7.5f64).div_euclid(2.0));
    println!("{:?} {:?}", 1.5f64.clamp(0.0, 1.0), 4.0f64.recip());
    println!("{:?} {:?}", 2.0f64.mul_add(3.0, 0.5), 3.0f64.copysign(-0.0));
    println!("{:?} {:?}", 90.0f64.to_radians(), 1.0f32.to_degrees());
    println!("{:#x} {:#x}", 1.0f64.to_bits(), 1.0f32.to_bits());
    println!("{} {}", f64::NAN.is_nan(), (1.0f64 / 0.0).is_infinite());
    println!("{} {}", (-0.0f64).is_sign_negative(), 2.5f64.is_finite());
    println!("{:?} {:?} {:?}", 2.0f32.exp(), 3.0f32.ln(), 1.7f32.powf(2.5));
    let v: Vec<f64> = (1..=5).map(|i| (i as f64).ln()).collect();
    println!("{v:?}");
}

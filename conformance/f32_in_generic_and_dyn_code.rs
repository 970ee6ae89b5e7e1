//! An `f32` stays an `f32` in generic and `dyn` code
//!
//! A generic function, a generic `Display` impl, a `Box<dyn Display>` and a trait object's method
//! see an `f32` without knowing its type, yet print its own shortest digits (`0.1`, not
//! `0.10000000149011612`) and round each step of their arithmetic to `f32`: ten `0.1f32`s add up
//! to `1.0000001` in `fn total<T: Add>`. `Duration::as_secs_f32` and `as_secs_f64` add the whole
//! seconds to the fraction, as std does.

use std::fmt;
use std::ops::Add;
use std::time::Duration;

struct Point<T> {
    x: T,
    y: T,
}

impl<T: fmt::Display> fmt::Display for Point<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

trait Shape {
    fn area(&self) -> f32;
}

struct Square(f32);

impl Shape for Square {
    fn area(&self) -> f32 {
        self.0 * self.0
    }
}

fn show<T: fmt::Display>(x: T) -> String {
    format!("<{x}>")
}

fn total<T: Add<Output = T> + Copy>(xs: &[T], zero: T) -> T {
    let mut acc = zero;
    for &x in xs {
        acc = acc + x;
    }
    acc
}

fn largest<T: PartialOrd + Copy>(xs: &[T]) -> T {
    let mut m = xs[0];
    for &x in xs {
        if x > m {
            m = x;
        }
    }
    m
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{}", show(1.0f32 / 3.0));
    println!("{}", show(1.0f64 / 3.0));
    println!("{}", total(&[0.1f32; 10], 0.0));
    println!("{}", total(&[0.1f64; 10], 0.0));

    let p = Point { x: 0.1f32, y: 0.2 };
    println!("{p}");

    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Square(0.3)), Box::new(Square(1.1))];
    let area: f32 = shapes.iter().map(|s| s.area()).sum();
    println!("area {area}");

    let items: Vec<Box<dyn fmt::Display>> = vec![Box::new(0.1f32), Box::new(0.1f64), Box::new(7)];
    for i in &items {
        println!("{i}");
    }
    println!("largest {}", largest(&[0.1f32, 0.7, 0.3]));

    let d = Duration::from_millis(1100);
    println!("{} {}", d.as_secs_f32(), d.as_secs_f64());
    let h = Duration::from_nanos(123_456_789_012);
    println!("{} {}", h.as_secs_f32(), h.as_secs_f64());

    let v: Vec<f32> = "0.1 0.2 0.3".split(' ').map(|s| s.parse().unwrap()).collect();
    let s: f32 = v.iter().sum();
    println!("{s} {v:?}");
    let m = v.iter().cloned().fold(f32::MIN, f32::max);
    println!("{m} {} {}", f32::EPSILON, std::f32::consts::PI);
    println!("{} {}", -v[0], v[1] as f64);
}

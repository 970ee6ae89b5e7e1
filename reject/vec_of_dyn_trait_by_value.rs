//! A `Vec<dyn Shape>`: trait objects held by value
//!
//! A `dyn Shape` can be a square or a circle, of different sizes, so a `Vec` cannot lay them out
//! side by side. rustc reports E0277, "the size for values of type `dyn Shape` cannot be known at
//! compilation time", at the annotation. Hold each one in a `Box<dyn Shape>`.

trait Shape {
    fn area(&self) -> f64;
}

struct Sq(f64);

impl Shape for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn main() {
    let shapes: Vec<dyn Shape> = vec![Sq(1.0)];
    println!("{}", shapes.len());
}

//! An impl that adds a method its trait does not declare
//!
//! `perimeter` is not part of `Shape`, so `impl Shape for Square` may not define it: rustc
//! reports E0407, "method `perimeter` is not a member of trait `Shape`".

trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }

    fn perimeter(&self) -> f64 {
        self.0 * 4.0
    }
}

fn main() {
    println!("{}", Square(1.0).area());
}

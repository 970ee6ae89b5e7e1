//! Passing a type without the trait where `&dyn Trait` or `impl Trait` is expected
//!
//! `area_of` takes `&dyn Shape` and `double` takes `impl Shape`; `Circle` has no `impl Shape`, so
//! rustc reports E0277, "the trait bound `Circle: Shape` is not satisfied", at each argument.

trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);
struct Circle(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn area_of(s: &dyn Shape) -> f64 {
    s.area()
}

fn double(s: impl Shape) -> f64 {
    s.area() * 2.0
}

fn main() {
    println!("{}", area_of(&Square(1.0)));
    println!("{}", area_of(&Circle(1.0)));
    println!("{}", double(Circle(2.0)));
}

//! A generic function called with a type that does not implement its bound
//!
//! `describe<T: Shape>` needs `T: Shape`; `Circle` has no `impl Shape`, so rustc reports E0277,
//! "the trait bound `Circle: Shape` is not satisfied", at the argument.

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

fn describe<T: Shape>(s: &T) -> String {
    format!("area {}", s.area())
}

fn main() {
    println!("{}", describe(&Square(2.0)));
    let c = Circle(1.0);
    println!("{}", describe(&c));
    println!("{}", c.0);
}

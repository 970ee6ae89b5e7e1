//! Calling a concrete type's own method through a trait object
//!
//! `s: &dyn Shape` only has `Shape`'s methods; `side` belongs to `Square` alone, so rustc reports
//! E0599, "no method named `side` found for reference `&dyn Shape` in the current scope", even
//! though the value passed is a `Square`.

trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);

impl Square {
    fn side(&self) -> f64 {
        self.0
    }
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn describe(s: &dyn Shape) -> String {
    format!("area {} side {}", s.area(), s.side())
}

fn main() {
    println!("{}", describe(&Square(2.0)));
}

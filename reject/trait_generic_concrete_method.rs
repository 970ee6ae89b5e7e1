//! Calling a concrete type's own method on a generic parameter
//!
//! Inside `fn report<T: Shape>(s: &T)`, `s` has only what `Shape` gives; `side` is `Square`'s own
//! method, so rustc reports E0599, "no method named `side` found for reference `&T` in the current
//! scope".

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

fn report<T: Shape>(s: &T) -> f64 {
    s.area() + s.side()
}

fn main() {
    println!("{}", report(&Square(2.0)));
}

//! Calling a method the trait does not declare, through a `Box<dyn Trait>`
//!
//! Through a trait object only the trait's methods (and those of `Box` itself) can be called;
//! `perimeter` is declared nowhere, so rustc reports E0599 "no method named `perimeter` found
//! for struct `Box<dyn Shape>`". Add it to the trait (and to each impl) to call it this way.

trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let shape: Box<dyn Shape> = Box::new(Square(2.0));
    println!("{} {}", shape.area(), shape.perimeter());
}

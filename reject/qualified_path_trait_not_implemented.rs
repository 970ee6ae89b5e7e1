//! Calling a trait's method through a type that does not implement the trait
//!
//! `<Circle as Shape>::area` names `Shape`'s `area` for `Circle`, but only `Square` implements
//! `Shape`. rustc reports E0277, "the trait bound `Circle: Shape` is not satisfied".

trait Shape {
    fn area(&self) -> u32;
}

struct Square(u32);
struct Circle(u32);

impl Shape for Square {
    fn area(&self) -> u32 {
        self.0 * self.0
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let sq = Square(2);
    let c = Circle(3);
    println!("{}", <Square as Shape>::area(&sq));
    println!("{}", <Circle as Shape>::area(&c));
}

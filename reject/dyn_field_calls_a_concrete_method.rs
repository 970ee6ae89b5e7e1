//! A method of the concrete type called through a `Box<dyn Trait>` field
//!
//! `App.shape` is a `Box<dyn Shape>`: through it only `Shape`'s methods exist, whatever type was
//! boxed. `side` is `Square`'s own method, so `app.shape.side()` is rustc's E0599, "no method
//! named `side` found for struct `Box<(dyn Shape + 'static)>`" (a field's trait object has the
//! implied `'static` bound, which rustc shows).

trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

impl Square {
    fn side(&self) -> f64 {
        self.0
    }
}

struct App {
    shape: Box<dyn Shape>,
}

fn main() {
    let app = App { shape: Box::new(Square(2.0)) };
    println!("area {}", app.shape.area());
    println!("side {}", app.shape.side());
}

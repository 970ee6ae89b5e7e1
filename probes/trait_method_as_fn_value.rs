//! A user trait's method as a function value, and `zip` with any `IntoIterator`
//!
//! `.map(Shape::area)` calls the method of each item's own type (a provided method where the
//! impl leaves it out); `Type::method` and `<Type as Trait>::method` name one impl. `zip` takes an
//! array, a `Vec`, a `&Vec`, a range or an iterator, and its closure sees the pairs' types.

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        "shape".into()
    }
    fn scaled(&self, k: f64) -> f64 {
        self.area() * k
    }
}
struct Sq(f64);
struct Ci(f64);
impl Shape for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}
impl Shape for Ci {
    fn area(&self) -> f64 {
        3.0 * self.0 * self.0
    }
    fn name(&self) -> String {
        "circle".into()
    }
}
fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Sq(2.0)), Box::new(Ci(1.0))];
    let areas: Vec<f64> = shapes.iter().map(|s| s.area()).collect();
    let names: Vec<String> = shapes.iter().map(|s| s.name()).collect();
    println!("{:?} {:?}", areas, names);
    let sqs = vec![Sq(1.0), Sq(3.0)];
    let n: Vec<String> = sqs.iter().map(Shape::name).collect();
    let a: f64 = sqs.iter().map(Shape::area).sum();
    println!("{:?} {}", n, a);
    let cs = [Ci(1.0), Ci(2.0)];
    let k: Vec<f64> = cs.iter().zip([1.0, 10.0]).map(|(c, k)| Shape::scaled(c, k)).collect();
    println!("{:?} {:?}", k, cs.iter().map(Shape::name).collect::<Vec<_>>());
}

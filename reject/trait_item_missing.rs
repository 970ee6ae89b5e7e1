//! An impl that leaves out a required method
//!
//! `Shape` requires `area`, which has no default; `impl Shape for Circle` does not define it, so
//! rustc reports E0046, "not all trait items implemented, missing: `area`".

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        "shape".to_string()
    }
}

struct Circle(f64);

impl Shape for Circle {
    fn name(&self) -> String {
        format!("circle of radius {}", self.0)
    }
}

fn main() {
    println!("{}", Circle(1.0).name());
}

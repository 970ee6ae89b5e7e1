//! An impl that leaves out a trait's constant
//!
//! `Shape` declares `SIDES` without a default; `impl Shape for Tri` gives only the method, so
//! rustc reports E0046, "not all trait items implemented, missing: `SIDES`".

trait Shape {
    const SIDES: u32;
    const NAME: &'static str = "shape";
    fn name(&self) -> String;
}

struct Tri;

impl Shape for Tri {
    fn name(&self) -> String {
        "tri".to_string()
    }
}

fn main() {
    println!("{} {}", Tri.name(), Tri::NAME);
}

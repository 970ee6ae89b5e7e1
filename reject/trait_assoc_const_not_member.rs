//! An impl that defines a constant its trait does not declare
//!
//! `Shape` declares `SIDES`; the impl also defines `CORNERS`, which is no item of the trait, so
//! rustc reports E0438, "const `CORNERS` is not a member of trait `Shape`".

trait Shape {
    const SIDES: u32;
}

struct Tri;

impl Shape for Tri {
    const SIDES: u32 = 3;
    const CORNERS: u32 = 3;
}

fn main() {
    println!("{}", Tri::SIDES);
}

//! A constant the type does not have
//!
//! `Tri` implements `Shape`, whose constant is `SIDES`; `Tri::CORNERS` names nothing, so rustc
//! reports E0599, "no associated item named `CORNERS` found for struct `Tri`".

trait Shape {
    const SIDES: u32;
}

struct Tri;

impl Shape for Tri {
    const SIDES: u32 = 3;
}

fn main() {
    println!("{} {}", Tri::SIDES, Tri::CORNERS);
}

//! A constant a generic parameter's trait does not declare
//!
//! In `fn show<T: Shape>`, `T` has the constants of `Shape` only: `T::CORNERS` is not one, so
//! rustc reports E0599, "no associated item named `CORNERS` found for type parameter `T`".

trait Shape {
    const SIDES: u32;
}

struct Tri;

impl Shape for Tri {
    const SIDES: u32 = 3;
}

fn show<T: Shape>(_shape: &T) -> u32 {
    T::SIDES + T::CORNERS
}

fn main() {
    println!("{}", show(&Tri));
}

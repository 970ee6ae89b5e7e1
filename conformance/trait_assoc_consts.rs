//! Associated constants of a user trait
//!
//! A trait declares constants, with or without a default; each impl gives its own or keeps the
//! default. `Self::SIDES` in a provided method (with or without `self`) and `T::SIDES` in a
//! generic function are the implementing type's (through a subtrait's bound too), `Tri::SIDES`
//! names one directly, and a default may be built from another constant of the same impl.

use std::time::Duration;

trait Shape {
    const SIDES: u32;
    const NAME: &'static str = "shape";
    const PERIMETER_STEPS: u32 = Self::SIDES * 10;

    fn name(&self) -> String;

    fn corners() -> u32 {
        Self::SIDES
    }

    fn describe(&self) -> String {
        format!("{} ({}) has {} sides", self.name(), Self::NAME, Self::SIDES)
    }
}

struct Tri;
struct Square {
    side: u32,
}
enum Poly {
    Hexagon,
}

impl Shape for Tri {
    const SIDES: u32 = 3;

    fn name(&self) -> String {
        "tri".to_string()
    }
}

impl Shape for Square {
    const SIDES: u32 = 4;
    const NAME: &'static str = "square";

    fn name(&self) -> String {
        format!("square of {}", self.side)
    }

    fn describe(&self) -> String {
        format!("{} with perimeter {}", Self::NAME, Self::SIDES * self.side)
    }
}

impl Shape for Poly {
    const SIDES: u32 = 6;
    const NAME: &'static str = "polygon";

    fn name(&self) -> String {
        match self {
            Poly::Hexagon => "hexagon".to_string(),
        }
    }
}

trait Named: Shape {
    fn title(&self) -> String {
        format!("{}-gon", Self::SIDES)
    }
}

impl Named for Tri {}
impl Named for Poly {}

fn titled<T: Named>(shape: &T) -> String {
    format!("{} / {} sides", shape.title(), T::SIDES)
}

fn show<T: Shape>(shape: &T) -> u32 {
    println!("{}: {} sides, {} steps", shape.name(), T::SIDES, T::PERIMETER_STEPS);
    T::SIDES
}

async fn trace_shape<T: Shape>(shape: T) {
    for step in 0..T::SIDES {
        tokio::time::sleep(Duration::from_millis(10)).await;
        println!("{} side {}", shape.name(), step + 1);
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("{}", Tri.describe());
    println!("{}", Square { side: 5 }.describe());
    println!("{}", Poly::Hexagon.describe());
    println!("{} {} {}", Tri::SIDES, Square::NAME, Poly::PERIMETER_STEPS);
    println!("corners {} {} {}", Tri::corners(), Square::corners(), Poly::corners());
    println!("{} | {}", titled(&Tri), titled(&Poly::Hexagon));
    let total = show(&Tri) + show(&Square { side: 2 }) + show(&Poly::Hexagon);
    println!("total sides {total}");
    let corners: Vec<u32> = vec![Tri::SIDES, Square::SIDES, Poly::SIDES];
    println!("{corners:?} {}", Tri::NAME);
    let a = tokio::spawn(trace_shape(Tri));
    let b = tokio::spawn(trace_shape(Square { side: 1 }));
    a.await.unwrap();
    b.await.unwrap();
}

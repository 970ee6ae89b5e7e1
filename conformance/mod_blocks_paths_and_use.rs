//! `mod` blocks: items by path and through `use`
//!
//! Functions, structs, enums and impls declared in `mod` blocks of the program's file are reached by their full path (`geometry::double(4)`, `shapes::round::Circle`), through `use` (a struct, a function, a module), and from inside a module by their bare name, `self::` and `super::`. Methods and `Debug`/`Display` impls of a module's types work as at the top level, and an `async fn` in a module is awaited and spawned like any other.

mod geometry {
    pub fn double(x: i32) -> i32 {
        helper(x) * 2
    }

    fn helper(x: i32) -> i32 {
        x + 1
    }

    #[derive(Debug, Clone, Copy)]
    pub struct P {
        pub x: i32,
        pub y: i32,
    }

    impl P {
        pub fn new(x: i32, y: i32) -> P {
            P { x, y }
        }

        pub fn scaled(self, k: i32) -> P {
            P::new(self.x * k, self::double(self.y))
        }
    }

    pub mod shapes {
        use super::P;

        #[derive(Debug)]
        pub enum Shape {
            Dot(P),
            Square { side: i32 },
        }

        pub fn weight(s: &Shape) -> i32 {
            match s {
                Shape::Dot(p) => p.x + p.y,
                Shape::Square { side } => side * side,
            }
        }

        pub fn origin() -> P {
            super::P::new(0, super::double(-1))
        }
    }
}

mod work {
    use std::fmt;
    use tokio::time::{Duration, sleep};

    pub struct Report(pub u32);

    impl fmt::Display for Report {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            write!(f, "report #{}", self.0)
        }
    }

    pub async fn slow(n: u32) -> Report {
        sleep(Duration::from_millis(10 * n as u64)).await;
        Report(n)
    }
}

use geometry::P;
use geometry::shapes::{self, Shape};
use work::slow;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("{}", geometry::double(4));
    let p = P::new(1, 2);
    println!("{:?} -> {:?}", p, p.scaled(3));
    let q = geometry::P { x: 5, y: 6 };
    println!("{} {}", q.x, q.y);
    let all = vec![Shape::Dot(p), shapes::Shape::Square { side: 4 }, geometry::shapes::Shape::Square { side: 2 }];
    for s in &all {
        println!("{s:?} weighs {}", shapes::weight(s));
    }
    println!("{:?}", geometry::shapes::origin());
    let h = tokio::spawn(work::slow(2));
    let r = slow(1).await;
    println!("{r}");
    println!("{}", h.await.unwrap());
}

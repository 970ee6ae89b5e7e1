//! Generic functions with trait bounds and a `where` clause
//!
//! `largest<T: PartialOrd + Copy>` and `describe<T>(..) where T: Debug` are called with several types.

use std::fmt::Debug;

fn largest<T: PartialOrd + Copy>(xs: &[T]) -> T {
    let mut best = xs[0];
    for &x in xs {
        if x > best {
            best = x;
        }
    }
    best
}

fn describe<T>(label: &str, value: T) -> String
where
    T: Debug,
{
    format!("{label}={value:?}")
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("{} {} {}", largest(&[3, 7, 2]), largest(&[1.5, 0.5]), largest(&['x', 'b']));
    println!("{} {}", describe("v", vec![1]), describe("o", Some("s")));
}

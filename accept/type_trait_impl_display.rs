//! Implementing `Display` and a user trait
//!
//! `impl fmt::Display for Point` makes `{}` work; a small trait with a default method is implemented for two types.

use std::fmt;

struct Point {
    x: i32,
    y: i32,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

trait Describe {
    fn name(&self) -> String;
    fn describe(&self) -> String {
        format!("<{}>", self.name())
    }
}

impl Describe for Point {
    fn name(&self) -> String {
        format!("point {self}")
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let p = Point { x: 1, y: 2 };
    println!("{p} {}", p.describe());
}

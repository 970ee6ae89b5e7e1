//! A `Display` impl whose `write!` ends with a semicolon
//!
//! `fmt` must return the `fmt::Result` that `write!` gives; with a `;` after it the body's value
//! is `()`. rustc reports E0308 "expected `Result<(), Error>`, found `()`" at the return type.
//! Drop the semicolon.

use std::fmt;

struct Point(i32, i32);

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.0, self.1);
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{}", Point(1, 2));
}

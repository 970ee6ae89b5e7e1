//! Two `Display` impls for one type
//!
//! A type implements a trait at most once, so that `{}` knows which `fmt` to call: rustc's E0119,
//! "conflicting implementations of trait `std::fmt::Display` for type `Status`", at the second
//! `impl`. Keep one; for another format, write a method or wrap the type in a newtype.
use std::fmt;

struct Status(u8);

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "status {}", self.0)
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[{}]", self.0)
    }
}

fn main() {
    println!("{}", Status(3));
}

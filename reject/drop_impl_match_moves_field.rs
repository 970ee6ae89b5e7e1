//! Matching an enum that implements `Drop` with a by-value binding
//!
//! The arm `Slot::Full(v)` would move the `String` out of `s`, whose `drop` runs later and reads it.
//! rustc reports E0509 at the scrutinee; match on `&s` (or bind with `ref v`) instead.

enum Slot {
    Empty,
    Full(String),
}

impl Drop for Slot {
    fn drop(&mut self) {
        match self {
            Slot::Empty => println!("empty"),
            Slot::Full(s) => println!("full {s}"),
        }
    }
}

fn main() {
    let s = Slot::Full(String::from("x"));
    match s {
        Slot::Empty => println!("nothing"),
        Slot::Full(v) => println!("{v}"),
    }
}

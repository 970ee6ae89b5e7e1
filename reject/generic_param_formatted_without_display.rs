//! Printing a generic `T` with `{}` when nothing says it is `Display`
//!
//! `fn describe<T>(item: T)` accepts any type, so `println!("{}", item)` cannot know how to
//! print it: rustc's E0277, "`T` doesn't implement `std::fmt::Display`", whatever the callers
//! pass. Bound it: `fn describe<T: std::fmt::Display>(item: T)` (or `Debug` for `{:?}`).

fn describe<T>(label: &str, item: T) {
    println!("{label}: {}", item);
}

fn main() {
    describe("answer", 42);
}

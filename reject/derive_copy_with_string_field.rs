//! `#[derive(Copy)]` on a struct that holds a `String`
//!
//! A `Copy` value is duplicated bit for bit, which a `String` (it owns heap memory) cannot be:
//! rustc's E0204, "the trait `Copy` cannot be implemented for this type", at the struct's name.

#[derive(Debug, Clone, Copy)]
struct Holder {
    name: String,
}

fn main() {
    println!("{:?}", Holder { name: "x".into() });
}

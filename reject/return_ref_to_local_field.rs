//! A function that returns a reference to a field of its local
//!
//! `&h.name` borrows the field of `h`, which is dropped when `name_of` returns: rustc's E0515,
//! "cannot return reference to local data `h.name`".

struct Holder {
    name: String,
}

fn name_of() -> &'static str {
    let h = Holder { name: "x".to_string() };
    &h.name
}

fn main() {
    println!("{}", name_of());
}

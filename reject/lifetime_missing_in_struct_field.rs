//! A struct field that is a reference without a lifetime
//!
//! A struct that keeps a `&str` must name how long it borrows it: `struct Parser<'a> { input:
//! &'a str }`. Without it, rustc's E0106, "missing lifetime specifier", at the field's `&`.

struct Parser {
    input: &str,
    pos: usize,
}

fn main() {
    let p = Parser { input: "x", pos: 0 };
    println!("{} {}", p.input, p.pos);
}

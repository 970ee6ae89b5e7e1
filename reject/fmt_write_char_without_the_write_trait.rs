//! `Formatter::write_char` without `std::fmt::Write` in scope
//!
//! A `Formatter` has `write_str` and `write_fmt` of its own, but `write_char`
//! comes from the `std::fmt::Write` trait, which must be in scope to call it.
//! Without `use std::fmt::Write;` rustc says E0599, "no method named
//! `write_char` found for mutable reference `&mut Formatter<'_>`".

use std::fmt;

struct Bar(usize);

impl fmt::Display for Bar {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for _ in 0..self.0 {
            f.write_char('#')?;
        }
        f.write_str("|")
    }
}

fn main() {
    println!("{}", Bar(3));
}

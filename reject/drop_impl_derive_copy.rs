//! Deriving `Copy` for a type that implements `Drop`
//!
//! A `Copy` value is duplicated bit for bit, so each copy would run the destructor. rustc reports
//! E0184, "the trait `Copy` cannot be implemented for this type; the type has a destructor", at
//! the type's name.

#[derive(Clone, Copy)]
struct Token {
    id: u32,
}

impl Drop for Token {
    fn drop(&mut self) {
        println!("token {} dropped", self.id);
    }
}

fn main() {
    let t = Token { id: 7 };
    println!("{}", t.id);
}

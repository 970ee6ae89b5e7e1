//! Calling an `unsafe` method outside an `unsafe` block
//!
//! An `unsafe` method needs an `unsafe` block at each call, like an `unsafe
//! fn`: rustc rejects `c.get_unchecked_value()` written without one (E0133).

struct Cell {
    value: i32,
}

impl Cell {
    unsafe fn get_unchecked_value(&self) -> i32 {
        self.value
    }
}

fn main() {
    let c = Cell { value: 5 };
    println!("{}", unsafe { c.get_unchecked_value() });
    println!("{}", c.get_unchecked_value());
}

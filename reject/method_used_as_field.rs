//! A method named like a field
//!
//! `area` is a method of `Rect`, not a field, so `r.area` without parentheses is rustc's E0615,
//! "attempted to take value of method `area` on type `Rect`". Call it: `r.area()`.

struct Rect {
    w: u32,
    h: u32,
}

impl Rect {
    fn area(&self) -> u32 {
        self.w * self.h
    }
}

fn main() {
    let r = Rect { w: 3, h: 4 };
    println!("{}", r.area);
}

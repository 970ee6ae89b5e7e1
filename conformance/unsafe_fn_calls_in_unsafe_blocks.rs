//! Unsafe functions called inside unsafe blocks
//!
//! An `unsafe fn` or `unsafe` method runs like any other once it is called
//! inside an `unsafe` block, including from another `unsafe fn` (whose body
//! still needs the block in Rust 2024) and from a closure in the block.

unsafe fn double(x: i32) -> i32 {
    x * 2
}

unsafe fn quadruple(x: i32) -> i32 {
    unsafe { double(double(x)) }
}

struct Counter {
    n: i32,
}

impl Counter {
    unsafe fn bump(&mut self) -> i32 {
        self.n += 1;
        self.n
    }
}

fn main() {
    let a = unsafe { double(3) };
    let b = unsafe { quadruple(a) };
    let mut c = Counter { n: 0 };
    let first = unsafe { c.bump() };
    let add = unsafe { |x: i32| double(x) + 1 };
    println!("{a} {b} {first} {}", add(4));
}

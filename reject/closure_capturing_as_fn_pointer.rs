//! A closure that captures a variable, passed where a `fn` pointer is wanted
//!
//! A parameter typed `fn(i32) -> i32` takes a function, or a closure that captures nothing (it
//! coerces to a plain function). A closure that uses a local of the caller has to carry it, so
//! it is no function pointer: rustc's E0308, "expected fn pointer, found closure". Take
//! `impl Fn(i32) -> i32` (or a generic `F: Fn(i32) -> i32`) to accept any closure.

fn apply(f: fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

fn main() {
    println!("{}", apply(|x| x + 1, 1));
    let step = 3;
    println!("{}", apply(|x| x + step, 1));
}

//! Returning a closure that borrows a local
//!
//! The closure uses `step` by reference, but `step` is dropped when
//! `make_adder` returns, so the closure could outlive it: rustc's E0373.
//! `move |x| x + step` gives the closure its own copy.

fn make_adder() -> impl Fn(i32) -> i32 {
    let step = 3;
    |x| x + step
}

fn main() {
    let add = make_adder();
    println!("{}", add(1));
}

//! Passing the same variable mutably twice to one call
//!
//! Every argument's borrow lasts for the whole call, so `both(&mut x,
//! &mut x)` would give the function two live `&mut` to one value: rustc
//! rejects the second with E0499.

fn both(a: &mut i32, b: &mut i32) {
    *a += 1;
    *b += 1;
}

fn main() {
    let mut x = 1;
    let mut y = 2;
    both(&mut x, &mut y);
    both(&mut x, &mut x);
    println!("{x} {y}");
}

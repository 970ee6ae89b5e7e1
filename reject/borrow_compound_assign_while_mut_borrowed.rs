//! `x += 1` while a `&mut x` is still in use: E0503
//!
//! A compound assignment reads the value first, so while a mutable borrow of it lives rustc
//! reports E0503, "cannot use `x` because it was mutably borrowed" (not E0506, which it gives
//! when the borrow is shared).

fn main() {
    let mut x = 1;
    let r = &mut x;
    x += 1;
    *r += 1;
    println!("{x}");
}

//! Integers: `min` and `max` methods next to `std::cmp` and `Iterator::min`
//!
//! `3i32.min(7)` is `Ord::min` on two integers (not `Iterator::min`), as are `max` on a
//! `u64` and a `char`; `f64::min` compares floats; `iter().min()` is the iterator's.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("3i32.min(7) = {}", 3i32.min(7));
    println!("3i32.max(7) = {}", 3i32.max(7));
    let a = 10u64;
    println!("a.min(4) = {}", a.min(4));
    println!("std::cmp::max(2, 9) = {}", std::cmp::max(2, 9));
    println!("std::cmp::min(-2, 9) = {}", std::cmp::min(-2, 9));
    let b = 2.5f64;
    println!("b.min(1.0) = {}, b.max(1.0) = {}", b.min(1.0), b.max(1.0));
    let v = vec![4, 8, 1];
    println!("iter min {:?} max {:?}", v.iter().min(), v.iter().max());
    println!("'a'.max('b') = {}", 'a'.max('b'));
}

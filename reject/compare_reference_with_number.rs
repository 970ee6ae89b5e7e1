//! Ordering a reference against a number
//!
//! In `filter(|x| x > 1)` over `v.iter()`, `x` is a `&&i32`, and `>` needs both sides of one
//! type: rustc's E0308, "mismatched types" (expected `&&i32`, found integer), at the `1`.
//! Dereference it: `**x > 1`, or take the item by pattern: `filter(|&&x| x > 1)`.

fn main() {
    let latencies = vec![3, 12, 7, 30];
    let slow = latencies.iter().filter(|x| x > 10).count();
    println!("{slow} slow requests");
}

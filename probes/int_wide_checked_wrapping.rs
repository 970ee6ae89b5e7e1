//! Integers: checked, wrapping and saturating arithmetic at the edges of 64-bit types
//!
//! `u64` and `usize` values past `i64::MAX`, and `i64` at its own limits, through the
//! `checked_*`, `wrapping_add`, `saturating_*` and `rem_euclid` methods.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let m = i64::MAX;
    println!("{} {} {:?}", m.wrapping_add(1), m.saturating_add(5), m.checked_add(1));
    let n = i64::MIN;
    println!("{} {:?} {}", n.saturating_sub(1), n.checked_sub(1), (-7i64).rem_euclid(3));
    let u = usize::MAX;
    println!("{} {:?} {}", u.wrapping_add(2), u.checked_mul(2), u.saturating_add(1));
    let c: u64 = u64::MAX;
    println!("{} {:?} {:?}", c.wrapping_add(1), c.checked_sub(1), c.checked_div(3));
    let x: i16 = -300;
    println!("{:?} {:?}", x.checked_mul(200), x.checked_add(300));
}

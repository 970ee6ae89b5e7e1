//! Calling an `unsafe fn` outside an `unsafe` block
//!
//! An `unsafe fn` may only be called inside an `unsafe` block (or another
//! `unsafe fn`): rustc rejects a plain call with E0133, so nothing runs.

unsafe fn read_raw(x: i32) -> i32 {
    x * 2
}

fn main() {
    let checked = unsafe { read_raw(2) };
    let unchecked = read_raw(3);
    println!("{checked} {unchecked}");
}

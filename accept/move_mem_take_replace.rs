//! `std::mem::take` and `std::mem::replace` move out through `&mut`
//!
//! Both leave a valid value in place, so `buf` and `v` are used again afterwards.

use std::mem;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut buf = String::from("abc");
    let old = mem::take(&mut buf);
    buf.push('z');
    let mut v = vec![1, 2];
    let before = std::mem::replace(&mut v, vec![9]);
    v.push(10);
    println!("{old} {buf} {before:?} {v:?}");
}

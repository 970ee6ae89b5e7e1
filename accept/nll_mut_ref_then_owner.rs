//! Using the owner after the last use of a `&mut` to it
//!
//! `r` mutates `v` twice and is never used again, so `v.len()` afterwards does not conflict.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut v = Vec::new();
    let r = &mut v;
    r.push(1);
    r.push(2);
    println!("len {}", v.len());
    let r2 = &mut v;
    r2.clear();
    println!("len {}", v.len());
}

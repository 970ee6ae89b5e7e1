//! Copying through a reference, then assigning the original
//!
//! `copy` is an `i32` read through `r`; after that read, `r` is dead and `n` may be assigned.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut n = 1;
    let r = &n;
    let copy = *r;
    n += 1;
    let r = &mut n;
    *r *= 10;
    n -= 1;
    println!("{copy} {n}");
}

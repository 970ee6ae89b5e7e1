//! Reading a variable while an `async fn`'s future holds `&mut` of it: E0502
//!
//! `bump(&mut x)` makes a future that keeps the `&mut x` until it is awaited. Printing `x`
//! before that borrows it again, shared, while the mutable borrow lives: rustc's E0502.

async fn bump(a: &mut u32) -> u32 {
    *a += 1;
    *a
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut x = 1;
    let pending = bump(&mut x);
    println!("{x}");
    println!("{}", pending.await);
}

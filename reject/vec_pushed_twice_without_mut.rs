//! Pushing twice onto a `Vec` whose binding is not `mut`
//!
//! Each `v.push(..)` borrows `v` mutably, which a binding not declared `mut` does not allow:
//! rustc's E0596. Once the same binding is borrowed mutably a second time, rustc reports one
//! error at the declaration ("not mutable"), with every borrow labelled "cannot borrow as
//! mutable", since the fix is there: `let mut readings = Vec::new();`. A single bad borrow is
//! reported at the borrow itself.

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let readings = Vec::new();
    for i in 0..3 {
        tokio::task::yield_now().await;
        readings.push(i * 10);
    }
    readings.push(99);
    println!("{readings:?}");
}

//! A closure that pushes to a vector, made while a reference into it is alive
//!
//! `first` borrows `v` until it is printed; making `add`, which captures `v` by mutable reference,
//! borrows `v` mutably while that shared borrow is alive. rustc reports E0502 at the closure,
//! not at its call: a closure borrows what it captures from the moment it is made.

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    let mut add = || v.push(4);
    add();
    println!("{first}");
}

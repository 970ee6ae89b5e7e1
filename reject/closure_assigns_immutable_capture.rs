//! A closure assigning to a variable that is not mut
//!
//! `add` assigns to `total`, which is not declared `mut`. rustc reports E0594.

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let total = 0;
    let mut add = |x: i32| total += x;
    add(1);
    println!("{total}");
}

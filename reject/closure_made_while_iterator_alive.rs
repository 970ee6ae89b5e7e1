//! A closure capturing a vector mutably while an iterator over it is still to be used
//!
//! `it` borrows `v` until `it.count()`; making `push` borrows `v` mutably before that. rustc
//! reports E0502 at the closure.

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut v = vec![1, 2, 3];
    let it = v.iter();
    let mut push = |x: i32| v.push(x);
    push(4);
    println!("{}", it.count());
}

//! A closure that borrows mutably, and a read before its last call
//!
//! `push` borrows `v` mutably from where it is made until its last call; printing `v` in between
//! needs a shared borrow while the mutable one is live. rustc reports E0502.

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut v = vec![1, 2];
    let mut push = |x| v.push(x);
    push(3);
    println!("{:?}", v);
    push(4);
}

//! Two async blocks that both change the same local, made before either is awaited
//!
//! Each non-`move` async block holds a mutable borrow of `n` from where it is written until it
//! is awaited; the second one is a second mutable borrow while the first is alive: E0499.
//! Await the first before writing the second, or join futures that share state through a
//! `Mutex`.

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut n = 0;
    let a = async {
        n += 1;
    };
    let b = async {
        n += 2;
    };
    a.await;
    b.await;
}

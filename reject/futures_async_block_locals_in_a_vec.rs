//! Two `async` blocks bound to variables, then put in one `Vec`: E0308
//!
//! Binding each `async` block to a variable first does not change its type:
//! every block still has a type of its own, so `vec![a, b]` cannot hold
//! both. rustc reports E0308 at the second, and labels where each block is
//! written.

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let a = async { 1 };
    let b = async move { 2 };
    let results = futures::future::join_all(vec![a, b]).await;
    println!("{results:?}");
}

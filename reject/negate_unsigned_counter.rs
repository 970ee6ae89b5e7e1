//! Negating an unsigned integer
//!
//! A `u32` has no negative values, so `-1` cannot be one: rustc's E0600, "cannot apply unary
//! operator `-` to type `u32`", at the negation. Use a signed type (`i64`) for a value that may go
//! below zero, or `u32::MAX` if the largest value was meant.

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = tokio::sync::mpsc::channel::<u32>(4);
    tokio::spawn(async move {
        let sentinel: u32 = -1;
        tx.send(sentinel).await.unwrap();
    });
    println!("{:?}", rx.recv().await);
}

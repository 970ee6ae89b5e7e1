//! A count that does not fit its integer type
//!
//! An integer literal gets its type from how it is used, `i32` when nothing says otherwise, and a
//! literal outside that type's range is an error (the lint `overflowing_literals`, deny by default):
//! rustc says "literal out of range for `u8`". Use a wider type, such as `u32`.

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u8>(4);
    tokio::spawn(async move {
        tx.send(300).await.unwrap();
    });
    println!("{:?}", rx.recv().await);
}

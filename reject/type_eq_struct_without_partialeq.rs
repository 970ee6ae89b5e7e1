//! Comparing structs that do not implement PartialEq
//!
//! `==` needs `PartialEq`, and `Status` only derives `Debug`. rustc reports E0369, "binary
//! operation `==` cannot be applied to type `Status`". Add `#[derive(PartialEq)]`.

use tokio::sync::oneshot;

#[derive(Debug)]
struct Status {
    code: u16,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, rx) = oneshot::channel();
    tokio::spawn(async move {
        tx.send(Status { code: 200 }).unwrap();
    });
    let status = rx.await.unwrap();
    if status == (Status { code: 200 }) {
        println!("ok");
    }
}

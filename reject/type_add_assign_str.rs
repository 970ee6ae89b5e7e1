//! `+=` on a &str
//!
//! A `&str` is a borrowed, fixed piece of text; it cannot grow. rustc reports E0368, "binary
//! assignment operation `+=` cannot be applied to type `&str`". Use a `String` and `push_str`.

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel(4);
    tokio::spawn(async move {
        tx.send("a").await.unwrap();
        tx.send("b").await.unwrap();
    });
    let mut all = "";
    while let Some(part) = rx.recv().await {
        all += part;
    }
    println!("{all}");
}

//! `if` and `else` arms of different types
//!
//! An `if` used as a value needs both arms to have the same type; one is an integer, the other a
//! string. rustc reports E0308, "`if` and `else` have incompatible types".

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel(1);
    tx.send(4).await.unwrap();
    let n = rx.recv().await.unwrap();
    let label = if n > 3 { n } else { "small" };
    println!("{label}");
}

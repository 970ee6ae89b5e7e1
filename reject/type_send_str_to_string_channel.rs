//! Sending a &str into a channel of String
//!
//! The channel carries `String`s (from its type annotation), and `tx.send("ready")` offers a
//! `&'static str`. rustc reports E0308, "mismatched types": expected `String`, found `&str`. Use
//! `String::from("ready")` or `"ready".to_string()`.

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<String>(2);
    tokio::spawn(async move {
        tx.send("ready").await.unwrap();
    });
    println!("{:?}", rx.recv().await);
}

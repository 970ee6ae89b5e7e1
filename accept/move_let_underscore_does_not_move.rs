//! `let _ = s;` does not move `s`
//!
//! The `_` pattern binds nothing, so the place is not read by value; `s` and `tx` are still usable after it.

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let s = String::from("kept");
    let _ = s;
    println!("{s}");
    let (tx, mut rx) = mpsc::channel::<String>(1);
    let _ = tx;
    tx.send(s).await.unwrap();
    match rx {
        _ => {}
    }
    println!("{:?}", rx.recv().await);
}

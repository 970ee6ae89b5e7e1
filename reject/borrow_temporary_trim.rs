//! Borrowing from a temporary String that is dropped at the semicolon
//!
//! `format!(..)` makes a temporary `String`; `.trim()` returns a `&str` into it, and the temporary
//! is dropped at the end of the `let` statement while `line` is still used. rustc reports E0716,
//! "temporary value dropped while borrowed".

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel(1);
    tx.send(7).await.unwrap();
    let n = rx.recv().await.unwrap();
    let line = format!("  job {}  ", n).trim();
    println!("[{line}]");
}

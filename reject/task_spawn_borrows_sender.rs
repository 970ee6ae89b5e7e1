//! A producer task that borrows tx instead of owning it
//!
//! The producer's `async` block has no `move`, so it borrows `tx` from `main`. `tokio::spawn`
//! needs a `'static` future. rustc reports E0373, "async block may outlive the current function,
//! but it borrows `tx`, which is owned by the current function".

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel(4);
    tokio::spawn(async {
        for i in 0..3 {
            tx.send(i).await.unwrap();
        }
    });
    while let Some(i) = rx.recv().await {
        println!("{i}");
    }
}

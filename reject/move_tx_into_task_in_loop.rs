//! A sender moved into a task inside a loop
//!
//! Each worker is spawned with `async move`, which moves `tx` into the first task; the second trip
//! round the loop has no `tx` left to move. rustc reports E0382, "use of moved value: `tx`", and
//! points at the `async move` block: the value was "moved into closure here, in previous iteration
//! of loop". The fix is `let tx = tx.clone();` at the top of the loop body.

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel(8);
    for id in 0..3 {
        tokio::spawn(async move {
            tx.send(id).await.unwrap();
        });
    }
    while let Some(id) = rx.recv().await {
        println!("worker {id} reported");
    }
}

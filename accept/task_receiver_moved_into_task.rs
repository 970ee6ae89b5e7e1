//! A receiver moved into a consumer task, senders kept in main
//!
//! `rx` is declared `mut` at the `let` and moved into the `async move` block, where it is received from.

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::unbounded_channel::<String>();
    let consumer = tokio::spawn(async move {
        let mut n = 0;
        while let Some(line) = rx.recv().await {
            n += line.len();
        }
        n
    });
    tx.send(String::from("ab")).unwrap();
    tx.send(String::from("cde")).unwrap();
    drop(tx);
    println!("{}", consumer.await.unwrap());
}

//! A `match` that forgets a variant
//!
//! `Command` has three variants and the worker's `match` handles two. rustc reports E0004,
//! "non-exhaustive patterns: `Command::Stop` not covered".

use tokio::sync::mpsc;

#[derive(Debug)]
enum Command {
    Add(u32),
    Print,
    Stop,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel(4);
    let worker = tokio::spawn(async move {
        let mut total = 0;
        while let Some(cmd) = rx.recv().await {
            match cmd {
                Command::Add(n) => total += n,
                Command::Print => println!("total {total}"),
            }
        }
    });
    tx.send(Command::Add(2)).await.unwrap();
    tx.send(Command::Print).await.unwrap();
    tx.send(Command::Stop).await.unwrap();
    drop(tx);
    worker.await.unwrap();
}

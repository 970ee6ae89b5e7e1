//! Calling a function with too few arguments
//!
//! `spawn_worker` takes an id and a sender; the call passes only the id. rustc reports E0061,
//! "this function takes 2 arguments but 1 argument was supplied".

use tokio::sync::mpsc;

async fn spawn_worker(id: u32, tx: mpsc::Sender<u32>) {
    tx.send(id).await.unwrap();
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel(4);
    spawn_worker(1).await;
    drop(tx);
    println!("{:?}", rx.recv().await);
}

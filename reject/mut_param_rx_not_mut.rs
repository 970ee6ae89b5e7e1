//! A worker whose receiver parameter is not `mut`
//!
//! Function parameters are bindings too: `rx: mpsc::Receiver<u32>` is immutable, so
//! `rx.recv()` inside the worker cannot borrow it mutably. rustc reports E0596, "cannot borrow
//! `rx` as mutable, as it is not declared as mutable". Write `mut rx: ...`.

use tokio::sync::mpsc;

async fn worker(rx: mpsc::Receiver<u32>) {
    while let Some(job) = rx.recv().await {
        println!("job {job}");
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, rx) = mpsc::channel(4);
    let w = tokio::spawn(worker(rx));
    for job in 0..3 {
        tx.send(job).await.unwrap();
    }
    drop(tx);
    w.await.unwrap();
}

//! One receiver moved into two worker tasks
//!
//! An mpsc channel has exactly one receiver. The first worker's `async move` takes `rx`; the
//! second worker cannot take it as well. rustc reports E0382, "use of moved value: `rx`".

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(8);
    let a = tokio::spawn(async move {
        while let Some(job) = rx.recv().await {
            println!("worker a: job {job}");
        }
    });
    let b = tokio::spawn(async move {
        while let Some(job) = rx.recv().await {
            println!("worker b: job {job}");
        }
    });
    for job in 0..4 {
        tx.send(job).await.unwrap();
    }
    drop(tx);
    a.await.unwrap();
    b.await.unwrap();
}

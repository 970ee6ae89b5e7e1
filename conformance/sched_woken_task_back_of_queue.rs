//! Scheduling: a task woken by another task joins the back of the run queue
//!
//! A waits on a channel; B sends to it. A is woken at once but goes behind C, which was already
//! queued, so C runs before A receives. The same holds for every wake-up by another task (channel,
//! mutex release, JoinHandle completion).

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel(1);
    let a = tokio::spawn(async move {
        println!("A waits for a message");
        let v = rx.recv().await.unwrap();
        println!("A received {}", v);
    });
    let b = tokio::spawn(async move {
        tx.send(7).await.unwrap();
        println!("B sent 7 to A");
    });
    let c = tokio::spawn(async move {
        println!("C runs");
    });
    a.await.unwrap();
    b.await.unwrap();
    c.await.unwrap();
}

//! Tasks: with nothing runnable and no timer pending the runtime parks forever (deadlock)
//!
//! Main waits for a second message on a channel whose sender it still holds itself. The task's timer
//! fires at 10 ms; after that nothing can ever wake main, and the paused-clock runtime hangs without
//! any panic.

use tokio::sync::mpsc;
use tokio::time::{Duration, Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel(1);
    tokio::spawn(async move {
        sleep(Duration::from_millis(10)).await;
        println!("[{}ms] task done", start.elapsed().as_millis());
    });
    tx.send(1).await.unwrap();
    println!("main received {}", rx.recv().await.unwrap());
    println!("main waits for a second message; its own sender keeps the channel open");
    let second = rx.recv().await;
    println!("never printed: {:?}", second);
}

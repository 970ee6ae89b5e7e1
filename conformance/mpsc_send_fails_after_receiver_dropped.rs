//! mpsc: after the receiver is dropped every send fails, including one already blocked
//!
//! The channel (capacity 1) is full and a task is blocked in `send(2)`. At 10 ms main drops the
//! receiver: the blocked send returns `Err` right away, and later sends and `try_send` fail too.

use tokio::sync::mpsc;
use tokio::time::{Duration, Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (tx, rx) = mpsc::channel(1);
    tx.send(1).await.unwrap();
    let tx2 = tx.clone();
    let blocked = tokio::spawn(async move {
        println!("[{}ms] task: send(2) blocks", start.elapsed().as_millis());
        let r = tx2.send(2).await;
        println!("[{}ms] task: send(2) returned is_err = {}", start.elapsed().as_millis(), r.is_err());
    });
    sleep(Duration::from_millis(10)).await;
    drop(rx);
    println!("[{}ms] main dropped the receiver", start.elapsed().as_millis());
    blocked.await.unwrap();
    match tx.send(3).await {
        Ok(_) => println!("send(3): Ok"),
        Err(e) => println!("send(3): Err({:?})", e),
    }
    match tx.try_send(4) {
        Ok(_) => println!("try_send(4): Ok"),
        Err(e) => println!("try_send(4): Err({:?})", e),
    }
}

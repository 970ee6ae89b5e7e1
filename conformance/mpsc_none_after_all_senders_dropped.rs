//! mpsc: recv returns buffered values first and None only once every sender is dropped
//!
//! Main sends two values and drops its sender; a task holds the other sender, moved into it, and ends at
//! 20 ms. The receiver gets both buffered values at once but `None` only at 20 ms, when the task ends
//! and its captured sender is dropped.

use tokio::sync::mpsc;
use tokio::time::{Duration, Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel(4);
    let tx2 = tx.clone();
    tokio::spawn(async move {
        tx2.send(String::from("from the task")).await.unwrap();
        sleep(Duration::from_millis(20)).await;
        println!("[{}ms] task ends", start.elapsed().as_millis());
    });
    tx.send(String::from("from main")).await.unwrap();
    drop(tx);
    println!("main dropped its sender");
    loop {
        match rx.recv().await {
            Some(v) => println!("[{}ms] received {:?}", start.elapsed().as_millis(), v),
            None => {
                println!("[{}ms] received None", start.elapsed().as_millis());
                break;
            }
        }
    }
}

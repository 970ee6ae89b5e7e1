//! Channel closing: when every sender is gone
//!
//! An mpsc channel closes when its last `Sender` is dropped, and only then does `recv()` return `None`.
//! Here two worker tasks each own a clone of the sender (moved into the task), and main drops the original
//! right away. Worker "fast" finishes at 20 ms and worker "slow" at 50 ms; each sender is dropped when its
//! task ends. Watch the sender count on the channel go from 3 to 0: the consumer keeps waiting after the
//! first worker ends, and its loop stops only when the slow worker's sender is dropped too.

use tokio::sync::mpsc;
use tokio::time::{Duration, Instant, sleep};

async fn worker(name: String, step: u64, tx: mpsc::Sender<String>) {
    for i in 1..=2 {
        sleep(Duration::from_millis(step)).await;
        tx.send(format!("{} result {}", name, i)).await.unwrap();
    }
    println!("worker {} is finished; its sender is dropped now", name);
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel(4);

    let fast = tx.clone();
    tokio::spawn(async move {
        worker(String::from("fast"), 10, fast).await;
    });
    let slow = tx.clone();
    tokio::spawn(async move {
        worker(String::from("slow"), 25, slow).await;
    });
    drop(tx);
    println!("main dropped its own sender");

    loop {
        match rx.recv().await {
            Some(msg) => println!("[{}ms] got {}", start.elapsed().as_millis(), msg),
            None => {
                println!("[{}ms] recv() returned None: every sender is gone", start.elapsed().as_millis());
                break;
            }
        }
    }
}

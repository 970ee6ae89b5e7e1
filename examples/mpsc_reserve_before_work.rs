//! Reserve a slot before doing the work
//!
//! A worker should not compute a report the channel has no room for. `reserve().await` waits
//! for a slot first; only then does the worker do the (slow) work, and `permit.send(report)`
//! can neither fail nor wait. While the worker computes, its slot shows on the channel card as
//! reserved: the channel is full although nothing is buffered. After three reports the
//! consumer calls `close()`: what is in the channel can still be received, but the worker's
//! next `reserve` fails at once, so it stops without doing work nobody would read.

use tokio::sync::mpsc;
use tokio::time::{Duration, Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel::<String>(1);
    let worker = tokio::spawn(async move {
        for job in 1..=6 {
            let permit = match tx.reserve().await {
                Ok(permit) => permit,
                Err(_) => {
                    println!("[{:?}] worker: the channel is closed, job {job} is not started", start.elapsed());
                    return;
                }
            };
            println!("[{:?}] worker: slot reserved, working on job {job}", start.elapsed());
            sleep(Duration::from_millis(30)).await;
            permit.send(format!("report {job}"));
        }
    });
    for _ in 0..3 {
        let report = rx.recv().await.unwrap();
        println!("[{:?}] consumer: got {report}", start.elapsed());
        sleep(Duration::from_millis(50)).await;
    }
    rx.close();
    println!("[{:?}] consumer: closed the channel, {} buffered", start.elapsed(), rx.len());
    while let Some(report) = rx.recv().await {
        println!("[{:?}] consumer: drained {report}", start.elapsed());
    }
    worker.await.unwrap();
    println!("[{:?}] done", start.elapsed());
}

//! spawn_blocking: a blocking thread talks to tasks with blocking_send and blocking_recv
//!
//! Inside a `spawn_blocking` closure, `Sender::blocking_send` and `Receiver::blocking_recv` block
//! the pool's thread (not the runtime) until the channel has room or a message: here a task feeds
//! numbers to the blocking worker through a channel of capacity 1 and the worker sends results
//! back, so they take turns. Neither the worker nor the task can be polled while the other holds
//! the turn, and the output interleaves the same way every run.

use tokio::sync::mpsc;
use tokio::task::spawn_blocking;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (job_tx, mut job_rx) = mpsc::channel::<u64>(1);
    let (done_tx, mut done_rx) = mpsc::channel::<u64>(1);
    let worker = spawn_blocking(move || {
        let mut handled = 0;
        while let Some(n) = job_rx.blocking_recv() {
            done_tx.blocking_send(n * n).unwrap();
            handled += 1;
        }
        handled
    });
    let feeder = tokio::spawn(async move {
        for n in 1..=3 {
            job_tx.send(n).await.unwrap();
        }
    });
    while let Some(sq) = done_rx.recv().await {
        println!("square {sq}");
    }
    feeder.await.unwrap();
    println!("worker handled {}", worker.await.unwrap());
}

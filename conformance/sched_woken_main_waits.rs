//! Scheduling: a woken main waits for the run queue to drain
//!
//! Main's future is not in the run queue: waking it only sets a flag, and it is polled again only once
//! the queue is empty (or after 61 task polls). Task 1 wakes main by sending on a oneshot, yet tasks 2,
//! 3 and 4, already queued, all run before main prints what it received.

use tokio::sync::oneshot;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, rx) = oneshot::channel();
    tokio::spawn(async move {
        println!("task 1 sends to main");
        tx.send(42).unwrap();
        println!("task 1 goes on after sending");
    });
    for i in 2..=4 {
        tokio::spawn(async move {
            println!("task {} runs", i);
        });
    }
    let v = rx.await.unwrap();
    println!("main received {}", v);
}

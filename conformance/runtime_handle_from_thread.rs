//! A runtime `Handle` used from an OS thread: `block_on` and `spawn`, as the tutorial's bridging page does
//!
//! `Handle::current()` inside the runtime gives a handle that can move to another thread. There,
//! `handle.block_on(fut)` blocks that thread until `fut` completes (here it waits for a oneshot
//! value main sends), and `handle.spawn(fut)` puts a task on the runtime, whose `JoinHandle` the
//! thread hands back. Main's `join()` blocks the runtime's thread until the thread ends; the
//! task then runs once main awaits it.

use std::thread;
use tokio::runtime::Handle;
use tokio::sync::{mpsc, oneshot};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let handle = Handle::current();
    let (tx, rx) = oneshot::channel::<u32>();
    let (events, mut log) = mpsc::unbounded_channel::<String>();
    let worker = thread::spawn(move || {
        let v = handle.block_on(async move { rx.await.unwrap() });
        events.send(format!("the thread got {v} through block_on")).unwrap();
        let task = handle.spawn(async move {
            println!("a task spawned from the thread runs on the runtime");
            v * 2
        });
        (v, task)
    });
    tx.send(21).unwrap();
    let (v, task) = worker.join().unwrap();
    println!("{}", log.recv().await.unwrap());
    println!("thread gave {v}, its task {}", task.await.unwrap());
}

//! A std thread outlives the runtime it talks to
//!
//! A temporary runtime sends one value and is dropped at the end of its
//! statement. Dropping a runtime drops its tasks, but a `std::thread`
//! is not one of them: the thread blocked in `blocking_recv` gets the
//! value and returns it through `join`.
use std::thread;
use tokio::sync::mpsc;

fn main() {
    let (tx, mut rx) = mpsc::channel::<u8>(10);
    let worker = thread::spawn(move || {
        let first = rx.blocking_recv();
        let second = rx.blocking_recv();
        (first, second)
    });
    tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async move {
        tx.send(10).await.unwrap();
        println!("sent 10");
    });
    println!("runtime dropped");
    let got = worker.join().unwrap();
    println!("worker got {got:?}");
}

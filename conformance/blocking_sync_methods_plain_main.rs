//! A plain `fn main` blocks on Tokio's channels and locks
//!
//! Outside any runtime, `main`'s own thread may block: it waits in
//! `blocking_recv` for a std thread's `blocking_send`, then in
//! `blocking_lock` until that thread lets the mutex go.
use std::sync::Arc;
use std::thread;
use tokio::sync::{Mutex, mpsc};

fn main() {
    let (tx, mut rx) = mpsc::channel::<&str>(1);
    let mutex = Arc::new(Mutex::new(Vec::new()));
    let m2 = mutex.clone();
    let (held_tx, mut held_rx) = mpsc::channel::<()>(1);
    let t = thread::spawn(move || {
        let mut g = m2.blocking_lock();
        held_tx.blocking_send(()).unwrap();
        tx.blocking_send("hello").unwrap();
        tx.blocking_send("world").unwrap();
        g.push("thread");
        "thread done"
    });
    held_rx.blocking_recv();
    println!("main: {:?}", rx.blocking_recv());
    println!("main: {:?}", rx.blocking_recv());
    let mut g = mutex.blocking_lock();
    g.push("main");
    println!("main: {:?}", *g);
    drop(g);
    println!("main: {:?}", rx.blocking_recv());
    println!("main: {:?}", t.join().unwrap());
}

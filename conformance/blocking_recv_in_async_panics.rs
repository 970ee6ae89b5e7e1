//! blocking_recv inside an async task panics
//!
//! `Receiver::blocking_recv` blocks the thread it runs on. Called from async code, that thread is
//! the runtime's, which would stop every task: Tokio refuses with a panic ("Cannot block the
//! current thread from within a runtime..."), at the call. It belongs in `spawn_blocking` or on a
//! thread of your own; in async code, `.recv().await`.

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u8>(1);
    tx.send(7).await.unwrap();
    println!("sent");
    let v = rx.blocking_recv();
    println!("never printed: {v:?}");
}

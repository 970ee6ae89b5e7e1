//! Scheduling: yield_now defers in LIFO order
//!
//! A task that calls `yield_now` goes on the defer list, which is flushed in reverse order when the run
//! queue is empty. Three tasks that yield after every step therefore alternate direction each round:
//! A0 B0 C0, then C1 B1 A1, then A2 B2 C2, then C3 B3 A3.

use tokio::task::yield_now;

async fn steps(name: char) {
    for i in 0..4 {
        println!("{}{}", name, i);
        yield_now().await;
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let a = tokio::spawn(async move { steps('A').await });
    let b = tokio::spawn(async move { steps('B').await });
    let c = tokio::spawn(async move { steps('C').await });
    a.await.unwrap();
    b.await.unwrap();
    c.await.unwrap();
}

//! `mut` on a by-value parameter and on a receiver moved into a function
//!
//! `fn f(mut n: u32)` and `async fn drain(mut rx: Receiver<_>)` make the parameter binding mutable inside.

use tokio::sync::mpsc;

fn countdown(mut n: u32) -> Vec<u32> {
    let mut out = Vec::new();
    while n > 0 {
        out.push(n);
        n -= 1;
    }
    out
}

async fn drain(mut rx: mpsc::Receiver<u32>) -> u32 {
    let mut total = 0;
    while let Some(v) = rx.recv().await {
        total += v;
    }
    total
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, rx) = mpsc::channel(4);
    let h = tokio::spawn(drain(rx));
    for v in countdown(3) {
        tx.send(v).await.unwrap();
    }
    drop(tx);
    println!("{}", h.await.unwrap());
}

//! A struct owning a receiver, drained by a method taking `self`
//!
//! `run(mut self)` makes the moved-in struct mutable, so `self.rx.recv()` may borrow the field mutably.

use tokio::sync::mpsc;

struct Worker {
    name: String,
    rx: mpsc::Receiver<u32>,
    total: u32,
}

impl Worker {
    async fn run(mut self) -> String {
        while let Some(v) = self.rx.recv().await {
            self.total += v;
        }
        format!("{} {}", self.name, self.total)
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, rx) = mpsc::channel(2);
    let w = Worker { name: String::from("w"), rx, total: 0 };
    let h = tokio::spawn(w.run());
    for v in [1, 2, 3] {
        tx.send(v).await.unwrap();
    }
    drop(tx);
    println!("{}", h.await.unwrap());
}

//! A `select!` loop over `self.conn.read_frame()`, as the tutorial's shutdown handler writes it
//!
//! `read_frame(&mut self)` is an `async fn` of the connection, a field of the handler: its
//! future borrows only that field, so the same `select!` can also wait on
//! `self.shutdown.recv()`, and the arms use the handler's other fields. The branch that loses
//! is cancelled: its `read_frame` future is dropped with its sleep, and the next turn of the
//! loop makes a new one. Each connection drops with its handler, in field order.

use std::collections::VecDeque;
use tokio::sync::{broadcast, mpsc};
use tokio::time::{Duration, Instant, sleep};

#[derive(Debug)]
struct Connection {
    name: &'static str,
    frames: VecDeque<String>,
    reads: u32,
}

impl Drop for Connection {
    fn drop(&mut self) {
        println!("connection {} closed after {} reads", self.name, self.reads);
    }
}

struct Guard(&'static str);
impl Drop for Guard {
    fn drop(&mut self) {
        println!("guard {} dropped", self.0);
    }
}

impl Connection {
    async fn read_frame(&mut self) -> Option<String> {
        sleep(Duration::from_millis(10)).await;
        self.reads += 1;
        self.frames.pop_front()
    }
}

struct Handler {
    conn: Connection,
    shutdown: broadcast::Receiver<()>,
    out: mpsc::Sender<String>,
    seen: u32,
    _guard: Guard,
}

impl Handler {
    async fn run(&mut self, start: Instant) {
        loop {
            let frame = tokio::select! {
                f = self.conn.read_frame() => f,
                _ = self.shutdown.recv() => {
                    println!("{}: shutdown at {:?} (seen {})", self.conn.name, start.elapsed(), self.seen);
                    return;
                }
            };
            match frame {
                Some(f) => {
                    self.seen += 1;
                    self.out.send(format!("{}:{f}", self.conn.name)).await.unwrap();
                }
                None => {
                    println!("{}: eof, {:?}", self.conn.name, self.conn);
                    return;
                }
            }
        }
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (tx, _) = broadcast::channel(1);
    let (out_tx, mut out_rx) = mpsc::channel(8);
    for (name, n) in [("a", 2), ("b", 5)] {
        let frames = (0..n).map(|i| format!("f{i}")).collect();
        let mut h = Handler { conn: Connection { name, frames, reads: 0 }, shutdown: tx.subscribe(), out: out_tx.clone(), seen: 0, _guard: Guard(name) };
        tokio::spawn(async move {
            h.run(start).await;
            println!("{} done, seen {}", h.conn.name, h.seen);
        });
    }
    drop(out_tx);
    sleep(Duration::from_millis(35)).await;
    tx.send(()).unwrap();
    while let Some(m) = out_rx.recv().await {
        println!("got {m} at {:?}", start.elapsed());
    }
}

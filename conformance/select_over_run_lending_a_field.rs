//! A `select!` over `handler.run()`, which itself selects over a field's `async fn`
//!
//! `h.run()` borrows the whole handler for the outer `select!`; inside it, the loop lends
//! `self.conn` to `read()` on every turn. When the outer deadline wins, `run()`'s future is
//! dropped mid-loop, and `h` is whole again: its fields show what the reads did.

use tokio::time::{Duration, sleep};
struct Conn {
    n: u32,
}
impl Conn {
    async fn read(&mut self) -> u32 {
        sleep(Duration::from_millis(10)).await;
        self.n += 1;
        self.n
    }
}
struct H {
    conn: Conn,
    ticks: u32,
}
impl H {
    async fn run(&mut self) {
        loop {
            tokio::select! {
                v = self.conn.read() => println!("read {v}"),
                _ = sleep(Duration::from_millis(15)) => { self.ticks += 1; println!("tick {}", self.ticks); }
            }
        }
    }
}
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut h = H { conn: Conn { n: 0 }, ticks: 0 };
    tokio::select! {
        _ = h.run() => {}
        _ = sleep(Duration::from_millis(45)) => println!("stop"),
    }
    println!("{} {}", h.conn.n, h.ticks);
}

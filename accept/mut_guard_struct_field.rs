//! Assigning a struct field through a guard and calling `&mut self` methods on it
//!
//! `g.count += 1` and `g.reset()` go through `DerefMut` on a `let mut` guard; `m.lock().await.count` reads.

use std::sync::Arc;
use tokio::sync::Mutex;

struct State {
    count: u32,
    log: Vec<String>,
}

impl State {
    fn reset(&mut self) {
        self.log.push(format!("reset at {}", self.count));
        self.count = 0;
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let m = Arc::new(Mutex::new(State { count: 0, log: Vec::new() }));
    let m2 = Arc::clone(&m);
    tokio::spawn(async move {
        let mut g = m2.lock().await;
        g.count += 1;
        g.count += 1;
        g.reset();
        g.count = 5;
    })
    .await
    .unwrap();
    let g = m.lock().await;
    println!("{} {:?}", g.count, g.log);
}

//! `std::mem::forget`: a forgotten value is never dropped
//!
//! A forgotten value's `Drop` never runs. A forgotten guard keeps its
//! lock held, and a forgotten sender keeps its channel open: the receiver
//! then waits for a message that can never come, and the paused-clock
//! runtime hangs.
use std::sync::Arc;
use tokio::sync::{Mutex, mpsc};

struct Loud(&'static str);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    std::mem::forget(Loud("forgotten"));
    drop(Loud("dropped"));
    let m = Arc::new(Mutex::new(0));
    let g = m.lock().await;
    std::mem::forget(g);
    println!("locked after forget: {}", m.try_lock().is_err());
    let (tx, mut rx) = mpsc::channel::<u32>(1);
    std::mem::forget(tx.clone());
    drop(tx);
    println!("waiting; a forgotten sender keeps the channel open");
    let v = rx.recv().await;
    println!("never printed: {v:?}");
}

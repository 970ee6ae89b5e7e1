//! Names: `TryRecvError::Empty` and `TryRecvError::Disconnected` as values and patterns
//!
//! mpsc's `TryRecvError` derives `PartialEq`, so `rx.try_recv() == Err(TryRecvError::Empty)`
//! compares; the variants also work as `match` patterns.

use tokio::sync::mpsc;
use tokio::sync::mpsc::error::TryRecvError;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::unbounded_channel::<i32>();
    println!("{}", rx.try_recv() == Err(TryRecvError::Empty));
    tx.send(1).unwrap();
    match rx.try_recv() {
        Ok(v) => println!("got {}", v),
        Err(TryRecvError::Empty) => println!("empty"),
        Err(TryRecvError::Disconnected) => println!("disconnected"),
    }
    drop(tx);
    let e = rx.try_recv();
    println!("{}", e == Err(TryRecvError::Disconnected));
}

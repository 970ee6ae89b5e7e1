//! broadcast: send returns the number of live receivers, or Err when there are none
//!
//! `send` reports how many receivers will see the value at that moment; after the last receiver is
//! dropped it returns `Err(SendError(value))`.

use tokio::sync::broadcast;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, rx1) = broadcast::channel(4);
    println!("one receiver: {:?}", tx.send(1));
    let rx2 = tx.subscribe();
    let rx3 = tx.subscribe();
    println!("three receivers: {:?}", tx.send(2));
    drop(rx1);
    drop(rx2);
    println!("one receiver left: {:?}", tx.send(3));
    drop(rx3);
    println!("no receiver: {:?}", tx.send(4));
}

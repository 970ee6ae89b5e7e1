//! Errors: broadcast's `SendError` prints "channel closed" and derives Debug
//!
//! With every receiver dropped, `send(5)` fails with `SendError(5)`: Display "channel
//! closed", Debug `SendError(5)`, and the value can be taken back out of field 0.

use tokio::sync::broadcast;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, rx) = broadcast::channel::<i32>(4);
    println!("{:?}", tx.send(1));
    drop(rx);
    match tx.send(5) {
        Ok(n) => println!("sent to {}", n),
        Err(e) => println!("Display: {} / Debug: {:?} / value {}", e, e, e.0),
    }
}

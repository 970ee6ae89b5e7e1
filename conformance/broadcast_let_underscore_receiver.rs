//! broadcast: `let (tx, _) = broadcast::channel(n)` drops the receiver at once
//!
//! The `_` pattern binds nothing, so the receiver is dropped at the end of the `let` and the first
//! `send` fails. Binding it to `_rx` keeps it alive until the end of the scope.

use tokio::sync::broadcast;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, _) = broadcast::channel(4);
    println!("with `_`: {:?}", tx.send(1));
    let (tx, _rx) = broadcast::channel(4);
    println!("with `_rx`: {:?}", tx.send(1));
}

//! Printing a struct with `{:?}` without `#[derive(Debug)]`
//!
//! `{:?}` needs `Debug`, and `Order` derives nothing. rustc reports E0277, "`Order` doesn't
//! implement `Debug`".

use tokio::sync::mpsc;

struct Order {
    id: u32,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel(1);
    tx.send(Order { id: 9 }).await.unwrap();
    let order = rx.recv().await.unwrap();
    println!("{:?} ({})", order, order.id);
}

//! A select! binding used in another branch's handler
//!
//! A pattern's bindings exist only in its own handler, as in a `match` arm: `a` is not in scope in the second handler (E0425).

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (_tx, mut rx) = mpsc::channel::<u32>(1);
    let (_tx2, mut rx2) = mpsc::channel::<u32>(1);
    tokio::select! {
        Some(a) = rx.recv() => println!("{a}"),
        Some(b) = rx2.recv() => println!("{a} {b}"),
    }
}

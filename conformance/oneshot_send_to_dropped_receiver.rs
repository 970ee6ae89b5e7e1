//! oneshot: send to a dropped receiver returns Err with the value
//!
//! The receiver is dropped before anything is sent, so `send` cannot deliver and gives the value back
//! as `Err(value)`.

use tokio::sync::oneshot;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, rx) = oneshot::channel();
    drop(rx);
    match tx.send(String::from("hello")) {
        Ok(_) => println!("sent"),
        Err(v) => println!("send failed and gave back {:?}", v),
    }
    let (tx, rx) = oneshot::channel();
    println!("send to a live receiver: {:?}", tx.send(5));
    println!("received {:?}", rx.await);
}

//! Sending Rc values from a spawned task
//!
//! The channel carries `Rc<String>`, so its `Sender` is not `Send` either, and moving it into a
//! spawned task is refused. rustc reports E0277, "`Rc<String>` cannot be sent between threads
//! safely". Send `String`s, or `Arc<String>`s.

use std::rc::Rc;
use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<Rc<String>>(4);
    tokio::spawn(async move {
        tx.send(Rc::new(String::from("hi"))).await.unwrap();
    });
    println!("{:?}", rx.recv().await);
}

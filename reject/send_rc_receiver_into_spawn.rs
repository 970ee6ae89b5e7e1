//! A receiver of Rc values moved into a spawned task
//!
//! The channel carries `Rc<i32>`, so its `Receiver` is not `Send`, and the task that captures it
//! cannot be spawned. rustc reports "future cannot be sent between threads safely" (no error
//! code) at the spawn, its help naming `Rc<i32>` (only an awaited `Sender::send`, an `async fn`
//! holding the message, is E0277). Send `i32`s, or `Arc<i32>`s.

use std::rc::Rc;
use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<Rc<i32>>(4);
    let h = tokio::spawn(async move {
        while let Some(v) = rx.recv().await {
            println!("{v}");
        }
    });
    tx.send(Rc::new(1)).await.unwrap();
    drop(tx);
    h.await.unwrap();
}

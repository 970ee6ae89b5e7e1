//! Sending twice on a oneshot
//!
//! A oneshot carries exactly one value: `send` takes the sender by value. The second `tx.send`
//! uses a moved sender. rustc reports E0382, "use of moved value: `tx`".

use tokio::sync::oneshot;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, rx) = oneshot::channel();
    tokio::spawn(async move {
        tx.send("first").unwrap();
        tx.send("second").unwrap();
    });
    println!("{:?}", rx.await);
}

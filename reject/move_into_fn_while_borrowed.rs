//! Passing a value on while it is still borrowed
//!
//! `header` borrows `msg`, then `msg` is moved into `publish` and `header` is used afterwards. The
//! borrow has to end before the move. rustc reports E0505, "cannot move out of `msg` because it is
//! borrowed".

use tokio::sync::mpsc;

async fn publish(tx: mpsc::Sender<String>, msg: String) {
    tx.send(msg).await.unwrap();
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel(1);
    let msg = String::from("deploy finished");
    let header = &msg;
    publish(tx, msg).await;
    println!("sent: {header}");
    println!("got: {:?}", rx.recv().await);
}

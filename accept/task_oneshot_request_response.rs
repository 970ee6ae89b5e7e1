//! A request carrying a `oneshot::Sender` for its reply
//!
//! The server task owns the `mpsc::Receiver`; each request moves a `oneshot::Sender` into the channel and the client awaits the matching receiver.

use tokio::sync::{mpsc, oneshot};

struct Request {
    n: u32,
    reply: oneshot::Sender<u32>,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<Request>(4);
    let server = tokio::spawn(async move {
        while let Some(req) = rx.recv().await {
            let _ = req.reply.send(req.n * 2);
        }
    });
    for n in 1..=3 {
        let (reply_tx, reply_rx) = oneshot::channel();
        tx.send(Request { n, reply: reply_tx }).await.unwrap();
        let answer = reply_rx.await.unwrap();
        println!("{n} -> {answer}");
    }
    drop(tx);
    server.await.unwrap();
}

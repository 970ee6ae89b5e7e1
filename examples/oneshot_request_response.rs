//! oneshot: request and response
//!
//! A client asks a server task to square numbers. Each request carries its own `oneshot::Sender`, so
//! the server can answer exactly that request, and the client awaits the matching `oneshot::Receiver`.
//! The server takes 5 ms per request, so every answer arrives 5 ms after its question. Watch a fresh
//! oneshot channel appear for each request and disappear once the answer has been delivered: a oneshot
//! carries one value and is then gone.

use tokio::sync::{mpsc, oneshot};
use tokio::time::{Duration, Instant, sleep};

#[derive(Debug)]
struct Request {
    n: u64,
    reply: oneshot::Sender<u64>,
}

async fn serve(mut inbox: mpsc::Receiver<Request>, start: Instant) {
    while let Some(req) = inbox.recv().await {
        println!("[{}ms] server: computing {} * {}", start.elapsed().as_millis(), req.n, req.n);
        sleep(Duration::from_millis(5)).await;
        req.reply.send(req.n * req.n).unwrap();
    }
    println!("[{}ms] server: no more clients, shutting down", start.elapsed().as_millis());
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (requests, inbox) = mpsc::channel(4);

    let server = tokio::spawn(async move {
        serve(inbox, start).await;
    });

    for n in 2..=4 {
        let (reply_tx, reply_rx) = oneshot::channel();
        requests.send(Request { n: n, reply: reply_tx }).await.unwrap();
        println!("[{}ms] client: asked for {} squared", start.elapsed().as_millis(), n);
        let answer = reply_rx.await.unwrap();
        println!("[{}ms] client: {} squared is {}", start.elapsed().as_millis(), n, answer);
    }
    drop(requests);
    server.await.unwrap();
}

//! broadcast: fan-out to every subscriber
//!
//! A `broadcast` channel delivers every value to every receiver, unlike mpsc where each value goes to
//! one receiver. Three subscriber tasks each call `subscribe()` before anything is sent, then the
//! publisher sends three headlines 10 ms apart; `send` returns how many receivers will see the value.
//! Every subscriber prints every headline. When the publisher drops the sender, each subscriber gets
//! `RecvError::Closed` and stops. Watch one value sit in the ring buffer until all three subscribers have
//! read it.

use tokio::sync::broadcast;
use tokio::sync::broadcast::error::RecvError;
use tokio::time::{Duration, Instant, sleep};

async fn subscriber(name: String, mut rx: broadcast::Receiver<String>, start: Instant) {
    loop {
        match rx.recv().await {
            Ok(headline) => println!("[{}ms] {} reads: {}", start.elapsed().as_millis(), name, headline),
            Err(RecvError::Closed) => {
                println!("[{}ms] {}: channel closed", start.elapsed().as_millis(), name);
                break;
            }
            Err(RecvError::Lagged(n)) => println!("{} missed {} headlines", name, n),
        }
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (tx, _) = broadcast::channel(8);

    let mut readers = Vec::new();
    let names = vec!["ann", "bob", "cid"];
    for name in names {
        let rx = tx.subscribe();
        readers.push(tokio::spawn(async move {
            subscriber(name.to_string(), rx, start).await;
        }));
    }

    let headlines = vec!["tokio 1.54 released", "rust 1.95 is out", "async drop, still pending"];
    for headline in headlines {
        sleep(Duration::from_millis(10)).await;
        let receivers = tx.send(headline.to_string()).unwrap();
        println!("[{}ms] published {:?} to {} receivers", start.elapsed().as_millis(), headline, receivers);
    }
    drop(tx);

    for r in readers {
        r.await.unwrap();
    }
}

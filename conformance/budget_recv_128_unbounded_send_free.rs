//! Coop budget: receives take exactly 128 per poll, unbounded sends are not counted
//!
//! The producer pushes 300 values into an unbounded channel in one poll: an unbounded `send` is a plain
//! call that uses no budget, so the ticker's first look already sees 300 sent. The consumer then
//! receives exactly 128 values per poll (a receive checks the budget before taking a value), and the
//! ticker sees 128, 256, 300.

use std::sync::{Arc, Mutex};
use tokio::sync::mpsc;
use tokio::task::yield_now;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let sent = Arc::new(Mutex::new(0));
    let received = Arc::new(Mutex::new(0));
    let (tx, mut rx) = mpsc::unbounded_channel();

    let s = Arc::clone(&sent);
    let producer = tokio::spawn(async move {
        for i in 0..300 {
            tx.send(i).unwrap();
            *s.lock().unwrap() += 1;
        }
    });

    let r = Arc::clone(&received);
    let consumer = tokio::spawn(async move {
        while let Some(_) = rx.recv().await {
            *r.lock().unwrap() += 1;
        }
    });

    let ticker = tokio::spawn(async move {
        let mut last_r = 1000;
        loop {
            let s = *sent.lock().unwrap();
            let r = *received.lock().unwrap();
            if r != last_r {
                println!("ticker: sent {} received {}", s, r);
                last_r = r;
            }
            if r == 300 {
                break;
            }
            yield_now().await;
        }
    });

    producer.await.unwrap();
    consumer.await.unwrap();
    ticker.await.unwrap();
}

//! Coop budget: 128 operations per poll on a bounded mpsc channel
//!
//! The producer makes 300 sends that are all ready (the channel holds 1000), yet it is cut off after 128
//! and the ticker sees `sent 128`: every task poll has a budget of 128 operations on tokio resources.
//! The consumer starts at 1 ms with 300 values queued and is cut off after 127 receives, because
//! completing its sleep used the 128th unit of that poll's budget. The ticker prints whenever a count
//! changes.

use std::sync::{Arc, Mutex};
use tokio::sync::mpsc;
use tokio::task::yield_now;
use tokio::time::{Duration, Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let sent = Arc::new(Mutex::new(0));
    let received = Arc::new(Mutex::new(0));
    let (tx, mut rx) = mpsc::channel(1000);

    let s = Arc::clone(&sent);
    let producer = tokio::spawn(async move {
        for i in 0..300 {
            tx.send(i).await.unwrap();
            *s.lock().unwrap() += 1;
        }
    });

    let r = Arc::clone(&received);
    let consumer = tokio::spawn(async move {
        sleep(Duration::from_millis(1)).await;
        while let Some(_) = rx.recv().await {
            *r.lock().unwrap() += 1;
        }
    });

    let ticker = tokio::spawn(async move {
        let mut last_s = 0;
        let mut last_r = 0;
        loop {
            let s = *sent.lock().unwrap();
            let r = *received.lock().unwrap();
            if s != last_s || r != last_r {
                println!("[{}ms] ticker: sent {} received {}", start.elapsed().as_millis(), s, r);
                last_s = s;
                last_r = r;
            }
            if r == 300 {
                break;
            }
            if s == 300 && r == 0 {
                sleep(Duration::from_millis(1)).await;
            } else {
                yield_now().await;
            }
        }
    });

    producer.await.unwrap();
    consumer.await.unwrap();
    ticker.await.unwrap();
}

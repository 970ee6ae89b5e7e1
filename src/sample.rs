//! The program the editor starts with: a producer and a consumer joined by
//! a bounded `mpsc` channel, so the first run already shows tasks taking
//! turns.

pub const SAMPLE_PROGRAM: &str = r#"use tokio::sync::mpsc;
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    // A channel that holds at most two messages: the producer has to wait
    // whenever the consumer falls behind.
    let (tx, mut rx) = mpsc::channel(2);

    let producer = tokio::spawn(async move {
        for i in 1..=5 {
            println!("send {i}");
            tx.send(i).await.unwrap();
        }
        println!("producer done");
    });

    while let Some(n) = rx.recv().await {
        println!("recv {n}");
        sleep(Duration::from_millis(10)).await;
    }

    producer.await.unwrap();
    println!("all received");
}
"#;

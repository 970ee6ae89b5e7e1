//! A panicking task does not bring down main
//!
//! When a spawned task panics, Tokio catches the panic: the message is printed to stderr, the task ends,
//! and awaiting its `JoinHandle` returns `Err` instead of the value. Everything the task owned is dropped
//! as it unwinds, here its channel sender, so the receiver sees the channel close. Main and the other
//! tasks carry on normally and the program exits successfully. Only a panic in main itself ends the
//! program.

use tokio::sync::mpsc;
use tokio::time::{Duration, Instant, sleep};

async fn parse_all(inputs: Vec<String>, tx: mpsc::Sender<usize>) {
    for input in inputs {
        sleep(Duration::from_millis(10)).await;
        if input == "" {
            panic!("cannot parse an empty string");
        }
        tx.send(input.len()).await.unwrap();
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel(4);

    let good_tx = tx.clone();
    let good = tokio::spawn(async move {
        parse_all(vec![String::from("one"), String::from("three")], good_tx).await;
        "good task finished"
    });
    let bad = tokio::spawn(async move {
        parse_all(vec![String::from("four"), String::from(""), String::from("never")], tx).await;
        "bad task finished"
    });

    while let Some(n) = rx.recv().await {
        println!("[{}ms] parsed a value of length {}", start.elapsed().as_millis(), n);
    }
    println!("[{}ms] channel closed: both senders are gone", start.elapsed().as_millis());

    let good_result = good.await;
    let bad_result = bad.await;
    println!("good task: ok = {}, value = {:?}", good_result.is_ok(), good_result.unwrap());
    println!("bad task: is_err = {}", bad_result.is_err());
    println!("main is still running and returns normally");
}

//! Pinned futures as trait objects
//!
//! `pin!(fut)` gives a `Pin<&mut F>`, which coerces to `Pin<&mut dyn Future<Output = ()>>`
//! (unsizing): futures of different types then share one `Vec` and `join_all` polls them in the
//! vector's order, as the Rust Book's async chapter does with its message-passing futures.
use std::pin::{Pin, pin};
use std::time::Duration;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = tokio::time::Instant::now();
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let tx1 = tx.clone();
    let tx1_fut = pin!(async move {
        for val in ["hi", "from", "the", "future"] {
            tx1.send(val.to_string()).unwrap();
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
    });
    let rx_fut = pin!(async {
        while let Some(value) = rx.recv().await {
            println!("received '{value}'");
        }
    });
    let tx_fut = pin!(async move {
        for val in ["more", "messages", "for", "you"] {
            tx.send(val.to_string()).unwrap();
            tokio::time::sleep(Duration::from_millis(1500)).await;
        }
    });
    let one: Pin<&mut dyn Future<Output = ()>> = pin!(async {
        println!("one alone");
    });
    one.await;
    let futures: Vec<Pin<&mut dyn Future<Output = ()>>> = vec![tx1_fut, rx_fut, tx_fut];
    futures::future::join_all(futures).await;
    println!("all done at {:?}", start.elapsed());
}

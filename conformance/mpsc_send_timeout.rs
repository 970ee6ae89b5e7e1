//! mpsc `send_timeout`: a send that waits for a slot until a deadline
//!
//! `send_timeout(v, d)` is `timeout(d, reserve())` followed by the permit's send: on a
//! full channel it waits in the senders' FIFO queue; a slot freed before the deadline
//! sends the value, else it fails at the deadline with `Timeout(v)`, leaves the queue and
//! hands the value back (`into_inner`). A dropped receiver makes it fail at once with
//! `Closed(v)`. The errors print as Tokio writes them: Debug `"Timeout(..)"` (a string's
//! Debug) and Display "timed out waiting on send operation" / "channel closed".

use tokio::sync::mpsc;
use tokio::sync::mpsc::error::SendTimeoutError;
use tokio::time::Instant;
use tokio::time::{Duration, sleep};

async fn patient(tx: mpsc::Sender<u32>, v: u32, wait: u64) {
    let start = Instant::now();
    match tx.send_timeout(v, Duration::from_millis(wait)).await {
        Ok(()) => println!("patient {}: sent after {} ms", v, start.elapsed().as_millis()),
        Err(e) => println!("patient {}: {} after {} ms", v, e, start.elapsed().as_millis()),
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel::<u32>(1);
    tx.send_timeout(1, Duration::from_millis(5)).await.unwrap();
    println!("room: sent at once, capacity {}", tx.capacity());

    match tx.send_timeout(2, Duration::from_millis(5)).await {
        Err(SendTimeoutError::Timeout(v)) => println!("full: Timeout({}) at {} ms", v, start.elapsed().as_millis()),
        Err(SendTimeoutError::Closed(v)) => println!("full: Closed({})?", v),
        Ok(()) => println!("full: sent?"),
    }
    let e = tx.send_timeout(3, Duration::from_millis(1)).await.unwrap_err();
    println!("debug {:?}, display {}, into_inner {}", e, e, e.into_inner());

    // Two waiters: the short one times out and leaves the queue, the long one
    // gets the slot the receiver frees at 20 ms.
    let short = tokio::spawn(patient(tx.clone(), 10, 8));
    let long = tokio::spawn(patient(tx.clone(), 20, 30));
    sleep(Duration::from_millis(14)).await;
    println!("main at {} ms: capacity {}", start.elapsed().as_millis(), tx.capacity());
    sleep(Duration::from_millis(6)).await;
    println!("main received {:?}", rx.recv().await);
    short.await.unwrap();
    long.await.unwrap();
    println!("main received {:?}", rx.recv().await);

    drop(rx);
    let r = tx.send_timeout(4, Duration::from_millis(50)).await;
    println!("closed: {:?} at {} ms", r, start.elapsed().as_millis());
    if let Err(SendTimeoutError::Closed(v)) = r {
        println!("closed gave back {}", v);
    }
}

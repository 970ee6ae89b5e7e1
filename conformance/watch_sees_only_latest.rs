//! watch: a waiting receiver wakes once and sees only the latest value
//!
//! The sender sends three values in one poll; the receiver, waiting in `changed()`, runs once afterwards and sees only the last. `changed()` completes at once while the receiver is behind, and waits again once it has seen the latest version.

use tokio::sync::watch;
use tokio::time::{Duration, Instant, sleep};

async fn reader(mut rx: watch::Receiver<u32>, start: Instant) {
    let mut wakeups = 0;
    while rx.changed().await.is_ok() {
        wakeups += 1;
        let v = *rx.borrow_and_update();
        println!("reader woke at {:?}: {v}", start.elapsed());
    }
    println!("reader: closed after {wakeups} wake-ups, last {}", *rx.borrow());
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (tx, rx) = watch::channel(0u32);
    let h = tokio::spawn(reader(rx, start));
    sleep(Duration::from_millis(5)).await;
    tx.send(1).unwrap();
    tx.send(2).unwrap();
    tx.send(3).unwrap();
    println!("sent 1, 2, 3 at {:?}", start.elapsed());
    sleep(Duration::from_millis(5)).await;
    tx.send(4).unwrap();
    println!("sent 4 at {:?}", start.elapsed());
    tokio::task::yield_now().await;
    tx.send(5).unwrap();
    println!("sent 5, dropping the sender");
    drop(tx);
    h.await.unwrap();
}

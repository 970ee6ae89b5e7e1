//! watch: `Sender::closed()` waiters all wake when the last receiver goes, oldest first
//!
//! Two tasks wait in `closed()` on clones of one sender (one plain `Notify` inside Tokio, so they wake in the order they started waiting, every run). A `subscribe` right after the receiver is dropped reopens the channel before they run, so they wait again until the new receiver goes too.

use tokio::sync::watch;
use tokio::time::{Duration, Instant, sleep};

async fn wait_closed(name: &'static str, tx: watch::Sender<i32>, start: Instant) {
    tx.closed().await;
    println!("{name}: closed at {:?}", start.elapsed());
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (tx, rx) = watch::channel(0);
    let a = tokio::spawn(wait_closed("first", tx.clone(), start));
    sleep(Duration::from_millis(1)).await;
    let b = tokio::spawn(wait_closed("second", tx.clone(), start));
    sleep(Duration::from_millis(1)).await;
    drop(rx);
    println!("receiver dropped; closed={}", tx.is_closed());
    let again = tx.subscribe();
    println!("subscribed again; closed={} receivers={}", tx.is_closed(), tx.receiver_count());
    sleep(Duration::from_millis(1)).await;
    println!("both still wait at {:?}", start.elapsed());
    drop(again);
    a.await.unwrap();
    b.await.unwrap();
    tx.closed().await;
    println!("main: closed at {:?}", start.elapsed());
}

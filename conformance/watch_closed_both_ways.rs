//! watch: closing from either end
//!
//! Dropping the last sender wakes a waiting receiver: `changed()` still reports a version it has not seen, then fails with `RecvError`, and `has_changed` fails at once. Dropping the last receiver makes `send` fail (`send_replace` still stores) and completes `Sender::closed()`.

use tokio::sync::watch;
use tokio::time::{Duration, Instant, sleep};

async fn watcher(tx: watch::Sender<i32>, start: Instant) {
    println!("watcher: {} receivers, closed={}", tx.receiver_count(), tx.is_closed());
    tx.closed().await;
    println!("watcher: every receiver gone at {:?}", start.elapsed());
    let e = tx.send(7).unwrap_err();
    println!("send: {e} / {e:?}");
    println!("send_replace gave back {}", tx.send_replace(8));
    println!("value now {}", *tx.borrow());
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = watch::channel(0);
    let tx2 = tx.clone();
    let rx2 = rx.clone();
    let h = tokio::spawn(async move {
        sleep(Duration::from_millis(3)).await;
        tx2.send(1).unwrap();
        drop(tx2);
        println!("second sender dropped at {:?}", start.elapsed());
        sleep(Duration::from_millis(3)).await;
    });
    drop(tx);
    println!("first sender dropped, closed={}", rx.is_closed());
    println!("changed: {:?}", rx.changed().await);
    let v = *rx.borrow_and_update();
    println!("saw {v} at {:?}, closed={}", start.elapsed(), rx.is_closed());
    let e = rx.changed().await.unwrap_err();
    println!("changed again: {e} / {e:?}");
    println!("has_changed: {:?}", rx.has_changed());
    println!("rx2 has_changed: {:?}", rx2.has_changed());
    h.await.unwrap();

    let (tx, rx) = watch::channel(0);
    let rx2 = rx.clone();
    let w = tokio::spawn(watcher(tx, start));
    sleep(Duration::from_millis(2)).await;
    drop(rx);
    println!("one receiver dropped at {:?}", start.elapsed());
    sleep(Duration::from_millis(2)).await;
    drop(rx2);
    println!("last receiver dropped at {:?}", start.elapsed());
    w.await.unwrap();
}

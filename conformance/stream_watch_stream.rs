//! tokio-stream's `WatchStream`: a watch channel as a stream of its values
//!
//! `WatchStream::new(rx)` yields the current value first, then the value after each
//! change; sends between two polls coalesce into the latest. `from_changes` skips the
//! current value. The stream ends when every sender is gone.

use std::time::Duration;
use tokio::sync::watch;
use tokio::time::{Instant, sleep};
use tokio_stream::StreamExt;
use tokio_stream::wrappers::WatchStream;

#[derive(Clone, Debug)]
struct Config {
    level: u8,
    name: &'static str,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (tx, rx) = watch::channel(Config { level: 1, name: "boot" });
    let watcher = tokio::spawn(async move {
        let mut s = WatchStream::new(rx);
        while let Some(cfg) = s.next().await {
            println!("{:?} watcher sees {cfg:?} (level {})", start.elapsed(), cfg.level);
        }
        println!("{:?} watcher: sender gone", start.elapsed());
    });
    sleep(Duration::from_millis(10)).await;
    tx.send(Config { level: 2, name: "warm" }).unwrap();
    sleep(Duration::from_millis(10)).await;
    tx.send(Config { level: 3, name: "skipped" }).unwrap();
    tx.send(Config { level: 4, name: "hot" }).unwrap();
    sleep(Duration::from_millis(10)).await;
    tx.send_modify(|c| c.name = "tuned");
    sleep(Duration::from_millis(10)).await;
    drop(tx);
    watcher.await.unwrap();

    // A second channel (two tasks woken by one send wake in a random
    // order on real Tokio's watch, so one watcher at a time here).
    let (tx, rx) = watch::channel(10u32);
    let changes = WatchStream::from_changes(rx);
    let counter = tokio::spawn(async move {
        let n = changes.take(2).fold(0u32, |n, c| n + c).await;
        println!("{:?} counter: first two changes sum to {n}", start.elapsed());
    });
    for v in [20, 30, 40] {
        sleep(Duration::from_millis(5)).await;
        println!("{:?} send {v}: {}", start.elapsed(), if tx.send(v).is_ok() { "ok" } else { "no receiver" });
    }
    counter.await.unwrap();
    println!("{:?} receivers left: {}", start.elapsed(), tx.receiver_count());
}

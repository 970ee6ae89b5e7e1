//! watch: reload a config while workers run
//!
//! One `watch` channel holds the current config and its version. The HTTP worker waits in
//! `changed()` and applies each new version as soon as it is sent. The batch worker is busy and
//! only checks between jobs with `has_changed()`: it skips v2 and sees only the latest. The
//! reloader sends v5 and stops, dropping its sender: the HTTP worker still gets v5, then
//! `changed()` fails and it stops; the batch worker's `has_changed()` fails at once, though it
//! has not seen v5 (`borrow()` still reads it). Watch each receiver's seen version on the watch card. Only one task ever waits in
//! `changed()` here: when several do, real Tokio wakes them in a random order.

use tokio::sync::watch;
use tokio::time::{Duration, Instant, sleep};

#[derive(Debug, Clone)]
struct Config {
    version: u32,
    timeout_ms: u64,
}

async fn http_worker(mut rx: watch::Receiver<Config>, start: Instant) {
    println!("http: starts with {:?}", *rx.borrow());
    while rx.changed().await.is_ok() {
        let cfg = rx.borrow_and_update().clone();
        println!("http: applies v{} (timeout {} ms) at {:?}", cfg.version, cfg.timeout_ms, start.elapsed());
    }
    println!("http: the config source is gone, stopping at {:?}", start.elapsed());
}

async fn batch_worker(mut rx: watch::Receiver<Config>, start: Instant) {
    for job in 1..=3 {
        sleep(Duration::from_millis(25)).await;
        match rx.has_changed() {
            Ok(true) => {
                let version = rx.borrow_and_update().version;
                println!("batch: after job {job}, picks up v{version} at {:?}", start.elapsed());
            }
            Ok(false) => println!("batch: after job {job}, the config is unchanged"),
            Err(e) => println!("batch: after job {job}, has_changed() says {e}; borrow() still reads v{}", rx.borrow().version),
        }
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (config_tx, config_rx) = watch::channel(Config { version: 1, timeout_ms: 1000 });
    let http = tokio::spawn(http_worker(config_rx.clone(), start));
    let batch = tokio::spawn(batch_worker(config_rx, start));
    let reloader = tokio::spawn(async move {
        for (version, timeout_ms) in [(2, 500), (3, 250), (4, 100)] {
            sleep(Duration::from_millis(10)).await;
            config_tx.send(Config { version, timeout_ms }).unwrap();
            println!("reloader: sent v{version} at {:?}", start.elapsed());
        }
        sleep(Duration::from_millis(30)).await;
        config_tx.send(Config { version: 5, timeout_ms: 50 }).unwrap();
        println!("reloader: sent v5 and stops at {:?}", start.elapsed());
    });
    http.await.unwrap();
    batch.await.unwrap();
    reloader.await.unwrap();
}

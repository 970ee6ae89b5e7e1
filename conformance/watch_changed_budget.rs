//! watch: `changed()` uses the cooperative budget when it completes
//!
//! A task that sends and then awaits `changed()` on its own receiver finds a new version every time, so `changed()` completes at once; each completion uses one unit of the task's budget of 128, after which it yields and a ticker runs.

use std::sync::{Arc, Mutex};
use tokio::sync::watch;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let count = Arc::new(Mutex::new(0));
    let seen = count.clone();
    let ticker = tokio::spawn(async move {
        for _ in 0..3 {
            println!("ticker sees {}", *seen.lock().unwrap());
            tokio::task::yield_now().await;
        }
    });
    let (tx, mut rx) = watch::channel(0);
    let c = count.clone();
    let busy = tokio::spawn(async move {
        for i in 0..300 {
            tx.send(i).unwrap();
            rx.changed().await.unwrap();
            *c.lock().unwrap() += 1;
        }
        println!("busy done");
    });
    busy.await.unwrap();
    ticker.await.unwrap();
    println!("total {}", *count.lock().unwrap());
}

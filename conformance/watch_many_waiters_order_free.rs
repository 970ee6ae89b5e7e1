//! watch: several waiting receivers, written so that their wake order does not matter
//!
//! Three tasks wait in `changed()` on clones of one receiver. On real Tokio the order in which one send wakes several waiters is random (each waits on one of eight `Notify`s picked at random), so each task here sleeps for a different time after it wakes before it prints: the output is the same every run. Main, waiting too, runs after the woken tasks, which start their sleeps first.

use tokio::sync::watch;
use tokio::time::{Duration, Instant, sleep};

async fn service(name: &'static str, delay: u64, mut rx: watch::Receiver<u32>, start: Instant) {
    rx.changed().await.unwrap();
    let seen = *rx.borrow_and_update();
    sleep(Duration::from_millis(delay)).await;
    println!("{name} applied config v{seen} at {:?}", start.elapsed());
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = watch::channel(0u32);
    let mut handles = Vec::new();
    handles.push(tokio::spawn(service("cache", 3, rx.clone(), start)));
    handles.push(tokio::spawn(service("http", 1, rx.clone(), start)));
    handles.push(tokio::spawn(service("db", 2, rx.clone(), start)));
    let reloader = tokio::spawn(async move {
        sleep(Duration::from_millis(10)).await;
        tx.send(1).unwrap();
        println!("reloaded at {:?}, {} receivers", start.elapsed(), tx.receiver_count());
    });
    rx.changed().await.unwrap();
    println!("main saw v{} at {:?}", *rx.borrow(), start.elapsed());
    for h in handles {
        h.await.unwrap();
    }
    reloader.await.unwrap();
}

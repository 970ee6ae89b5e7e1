//! `OnceCell::get_or_init` runs one initializer; the others wait for its value
//!
//! Three tasks ask at once: the first runs its async initializer, the others wait in line and get its value when it is stored. A later call returns the value without running its closure. An initializer dropped by a `timeout` leaves the cell empty, and the next call initializes it.

use std::sync::Arc;
use tokio::sync::OnceCell;
use tokio::time::{Duration, Instant, sleep};

async fn load_config(who: u32) -> String {
    println!("task {who} loads the config");
    sleep(Duration::from_millis(10)).await;
    format!("config loaded by {who}")
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let cell: Arc<OnceCell<String>> = Arc::new(OnceCell::new());
    let mut handles = Vec::new();
    for i in 1..=3 {
        let cell = cell.clone();
        handles.push(tokio::spawn(async move {
            let v = cell.get_or_init(|| load_config(i)).await;
            println!("task {i} got {v:?} at {:?}", start.elapsed());
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
    let again = cell.get_or_init(|| async { "never".to_string() }).await;
    println!("main got {again:?}, initialized: {}", cell.initialized());

    let slow: OnceCell<u32> = OnceCell::new();
    let r = tokio::time::timeout(
        Duration::from_millis(5),
        slow.get_or_init(|| async {
            sleep(Duration::from_millis(50)).await;
            1
        }),
    )
    .await;
    println!("{:?} {:?}", r.is_err(), slow.get());
    let v = slow.get_or_init(|| async { 2 }).await;
    println!("{v} at {:?}", start.elapsed());
}

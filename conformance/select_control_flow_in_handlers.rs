//! `select!` handlers that `continue`, `break`, `return` and use let-else
//!
//! A handler is ordinary code in the enclosing function: `continue` and `break` act on the loop around the `select!`, `return` leaves the async fn (with the futures already dropped), and a labeled `break` leaves an outer loop with a value.

use std::sync::Arc;
use tokio::sync::{Mutex, mpsc};
use tokio::time::{Duration, Instant, sleep};

async fn worker(mut rx: mpsc::Receiver<u32>, m: Arc<Mutex<Vec<u32>>>) -> Result<u32, String> {
    let mut total = 0;
    loop {
        tokio::select! {
            v = rx.recv() => {
                let Some(v) = v else { return Ok(total) };
                if v == 0 { continue; }
                if v == 99 { return Err("bad".into()); }
                total += v;
                m.lock().await.push(v);
            }
            _ = sleep(Duration::from_millis(50)) => break,
        }
    }
    Ok(total * 100)
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let m = Arc::new(Mutex::new(Vec::new()));
    let (tx, rx) = mpsc::channel(4);
    let h = tokio::spawn(worker(rx, m.clone()));
    for v in [1, 0, 2, 3] {
        tx.send(v).await.unwrap();
    }
    println!("{:?} at {:?}", h.await.unwrap(), start.elapsed());
    let (tx, rx) = mpsc::channel(4);
    let h = tokio::spawn(worker(rx, m.clone()));
    tx.send(5).await.unwrap();
    drop(tx);
    println!("{:?}", h.await.unwrap());
    let (tx, rx) = mpsc::channel(4);
    let h = tokio::spawn(worker(rx, m.clone()));
    tx.send(99).await.unwrap();
    println!("{:?}", h.await.unwrap());
    println!("{:?}", m.lock().await);
    let r = async move {
        let mut n = 0u32;
        'outer: loop {
            for i in 0..3 {
                tokio::select! {
                    _ = sleep(Duration::from_millis(1)) => { n += i; if n > 5 { break 'outer n; } }
                }
            }
        }
    }
    .await;
    println!("{r} at {:?}", start.elapsed());
}

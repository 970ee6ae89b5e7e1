//! Drops: a `match` scrutinee's temporaries live until the end of the match
//!
//! In `match m.lock().await.pop() { .. }` the guard lives through the arm, which sleeps 10 ms, so the
//! waiting task gets the lock only when the match ends. Taking the value first with
//! `let v = m.lock().await.pop();` releases the guard at the semicolon, and the task gets the lock
//! while the arm sleeps.

use std::sync::Arc;
use tokio::sync::Mutex;
use tokio::time::{Duration, Instant, sleep};

async fn pusher(id: u64, m: Arc<Mutex<Vec<u64>>>, start: Instant) {
    m.lock().await.push(id);
    println!("[{}ms] pusher {} got the lock", start.elapsed().as_millis(), id);
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let m = Arc::new(Mutex::new(vec![1, 2]));

    println!("[{}ms] match on m.lock().await.pop()", start.elapsed().as_millis());
    let m1 = Arc::clone(&m);
    let t = tokio::spawn(async move { pusher(10, m1, start).await });
    match m.lock().await.pop() {
        Some(v) => {
            sleep(Duration::from_millis(10)).await;
            println!("[{}ms] arm done with {}", start.elapsed().as_millis(), v);
        }
        None => println!("empty"),
    }
    t.await.unwrap();

    println!("[{}ms] let v = m.lock().await.pop(); then match v", start.elapsed().as_millis());
    let m2 = Arc::clone(&m);
    let t = tokio::spawn(async move { pusher(20, m2, start).await });
    let v = m.lock().await.pop();
    match v {
        Some(v) => {
            sleep(Duration::from_millis(10)).await;
            println!("[{}ms] arm done with {}", start.elapsed().as_millis(), v);
        }
        None => println!("empty"),
    }
    t.await.unwrap();
}

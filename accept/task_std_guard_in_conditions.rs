//! std `MutexGuard` temporaries in conditions and loops of a spawned task
//!
//! Temporaries in `while`/`if` conditions, a `for` iterator and a `match` scrutinee are dropped before the `.await`s that follow.

use std::sync::{Arc, Mutex};
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let m = Arc::new(Mutex::new(vec![1]));
    let m2 = Arc::clone(&m);
    let h = tokio::spawn(async move {
        while m2.lock().unwrap().len() < 3 {
            m2.lock().unwrap().push(0);
            sleep(Duration::from_millis(1)).await;
        }
        let mut seen = Vec::new();
        for x in m2.lock().unwrap().iter() {
            seen.push(*x);
        }
        sleep(Duration::from_millis(1)).await;
        if m2.lock().unwrap().is_empty() {
            println!("empty");
        }
        sleep(Duration::from_millis(1)).await;
        let kind = match m2.lock().unwrap().len() {
            0 => "none",
            _ => "some",
        };
        let text = format!("{:?}", m2.lock().unwrap());
        sleep(Duration::from_millis(1)).await;
        format!("{seen:?} {kind} {text}")
    });
    println!("{}", h.await.unwrap());
}

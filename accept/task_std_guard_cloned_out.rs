//! Cloning data out of a std `MutexGuard` temporary before `.await`
//!
//! `m.lock().unwrap().clone()` drops the guard at the `;`, and `if let Ok(mut g) = m.lock()` drops it at the end of the `if let`.

use std::sync::{Arc, Mutex};
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let m = Arc::new(Mutex::new(vec![1, 2]));
    let m2 = Arc::clone(&m);
    let h = tokio::spawn(async move {
        let snapshot = m2.lock().unwrap().clone();
        sleep(Duration::from_millis(1)).await;
        if let Ok(mut g) = m2.lock() {
            g.push(snapshot.len() as i32);
        }
        sleep(Duration::from_millis(1)).await;
        let n = match m2.lock() {
            Ok(g) => g.len(),
            Err(_) => 0,
        };
        sleep(Duration::from_millis(1)).await;
        n
    });
    println!("{} {:?}", h.await.unwrap(), m.lock().unwrap());
}

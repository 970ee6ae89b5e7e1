//! Drops: `let _ = m.lock().await;` drops the guard at once, `let _g = ...` keeps it to the end of scope
//!
//! In the first block the guard is a temporary, dropped at the end of the `let`, so task 1 gets the
//! lock at 0 ms although main sleeps in the block. In the second block `_g` holds the guard until the
//! block ends at 20 ms, and task 2 waits until then.

use std::sync::Arc;
use tokio::sync::Mutex;
use tokio::time::{Duration, Instant, sleep};

async fn locker(id: u64, m: Arc<Mutex<u64>>, start: Instant) {
    let mut guard = m.lock().await;
    *guard += 1;
    println!("[{}ms] task {} got the lock", start.elapsed().as_millis(), id);
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let m = Arc::new(Mutex::new(0));
    {
        let _ = m.lock().await;
        let m1 = Arc::clone(&m);
        let t = tokio::spawn(async move { locker(1, m1, start).await });
        sleep(Duration::from_millis(10)).await;
        println!("[{}ms] main leaves the block with `let _`", start.elapsed().as_millis());
        t.await.unwrap();
    }
    {
        let _g = m.lock().await;
        let m2 = Arc::clone(&m);
        let t = tokio::spawn(async move { locker(2, m2, start).await });
        sleep(Duration::from_millis(10)).await;
        println!("[{}ms] main leaves the block with `let _g`", start.elapsed().as_millis());
        drop(t);
    }
    sleep(Duration::from_millis(1)).await;
}

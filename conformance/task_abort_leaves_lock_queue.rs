//! Task lifecycle: abort() drops a task waiting for a lock, which leaves the queue
//!
//! Main holds the lock while tasks a and b queue for it. Main aborts a, then releases the lock: the
//! lock goes to b, the next live waiter, and awaiting the aborted handle gives a cancelled JoinError.
//! A task aborted before its first poll never runs; aborting a finished task changes nothing.

use std::sync::Arc;
use tokio::sync::Mutex;
use tokio::time::{Duration, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let m = Arc::new(Mutex::new(0));
    let g = m.lock().await;
    let m1 = Arc::clone(&m);
    let a = tokio::spawn(async move {
        let _g = m1.lock().await;
        println!("a got the lock");
    });
    let m2 = Arc::clone(&m);
    let b = tokio::spawn(async move {
        let _g = m2.lock().await;
        println!("b got the lock");
    });
    sleep(Duration::from_millis(1)).await;
    a.abort();
    drop(g);
    println!("a: {:?}", a.await.is_err());
    b.await.unwrap();

    let never = tokio::spawn(async {
        println!("never printed");
    });
    never.abort();
    println!("never: {:?}", never.await.is_err());

    let finished = tokio::spawn(async { 7 });
    sleep(Duration::from_millis(1)).await;
    finished.abort();
    println!("finished: {:?}", finished.await);
    println!("done");
}

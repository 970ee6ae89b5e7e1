//! Two locks, opposite order: ABBA deadlock
//!
//! Task 1 locks `a` and then wants `b`; task 2 locks `b` and then wants `a`. Both take their first lock at
//! once, sleep 10 ms, and then each waits for the lock the other one holds. Neither can go on, and since
//! no timer is left the runtime has nothing to do: the program hangs forever. This is the classic
//! lock-ordering deadlock; taking the locks in the same order in every task avoids it. The visualization
//! shows the wait-for cycle: task 1 waits for task 2, which waits for task 1.

use std::sync::Arc;
use tokio::sync::Mutex;
use tokio::time::{Duration, Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let a = Arc::new(Mutex::new(String::from("account a")));
    let b = Arc::new(Mutex::new(String::from("account b")));

    let (a1, b1) = (Arc::clone(&a), Arc::clone(&b));
    let t1 = tokio::spawn(async move {
        let first = a1.lock().await;
        println!("[{}ms] task 1 holds {}", start.elapsed().as_millis(), *first);
        sleep(Duration::from_millis(10)).await;
        println!("[{}ms] task 1 wants b", start.elapsed().as_millis());
        let second = b1.lock().await;
        println!("task 1 holds both: {} and {}", *first, *second);
    });

    let (a2, b2) = (Arc::clone(&a), Arc::clone(&b));
    let t2 = tokio::spawn(async move {
        let first = b2.lock().await;
        println!("[{}ms] task 2 holds {}", start.elapsed().as_millis(), *first);
        sleep(Duration::from_millis(10)).await;
        println!("[{}ms] task 2 wants a", start.elapsed().as_millis());
        let second = a2.lock().await;
        println!("task 2 holds both: {} and {}", *first, *second);
    });

    t1.await.unwrap();
    t2.await.unwrap();
    println!("never printed");
}

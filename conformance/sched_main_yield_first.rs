//! Scheduling: main that yields is polled before the deferred tasks
//!
//! Main yields first, then tasks A and B yield. When the defer list is flushed, main's waker only sets
//! its flag while A and B go to the run queue, and the flag is checked first: main runs before A and B
//! in every round, although it was deferred first (LIFO would put it last).

use tokio::task::yield_now;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let a = tokio::spawn(async move {
        for i in 0..3 {
            println!("A{}", i);
            yield_now().await;
        }
    });
    let b = tokio::spawn(async move {
        for i in 0..3 {
            println!("B{}", i);
            yield_now().await;
        }
    });
    for i in 0..3 {
        println!("main{}", i);
        yield_now().await;
    }
    a.await.unwrap();
    b.await.unwrap();
}

//! Semaphore waiters are served strictly FIFO, even one that asks for many permits
//!
//! B asks for 3 of 3 permits while A holds 2; C, asking for 1 after B, waits behind B although a permit is free. B gets the free permit at once and the rest when A releases.

use std::sync::Arc;
use tokio::sync::Semaphore;
use tokio::time::{Duration, Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let sem = Arc::new(Semaphore::new(3));
    let start = Instant::now();
    let a = {
        let sem = sem.clone();
        tokio::spawn(async move {
            let _p = sem.acquire_many(2).await.unwrap();
            println!("A has 2 at {:?}", start.elapsed());
            sleep(Duration::from_millis(30)).await;
            println!("A releases at {:?}", start.elapsed());
        })
    };
    let b = {
        let sem = sem.clone();
        tokio::spawn(async move {
            sleep(Duration::from_millis(5)).await;
            let p = sem.acquire_many(3).await.unwrap();
            println!("B has {} at {:?}", p.num_permits(), start.elapsed());
            sleep(Duration::from_millis(10)).await;
        })
    };
    let c = {
        let sem = sem.clone();
        tokio::spawn(async move {
            sleep(Duration::from_millis(10)).await;
            println!("C asks with {} available", sem.available_permits());
            let _p = sem.acquire().await.unwrap();
            println!("C has 1 at {:?}", start.elapsed());
        })
    };
    a.await.unwrap();
    b.await.unwrap();
    c.await.unwrap();
    println!("available at the end: {}", sem.available_permits());
}

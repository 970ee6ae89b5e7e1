//! `timeout`: the future first, then the deadline; what a timeout drops
//!
//! A future that misses its deadline is dropped and the caller gets `Err(Elapsed)`; one that finishes in time gives `Ok`. A dropped timeout leaves no timer behind (the clock does not jump to it), and a timed-out `lock()` leaves the mutex queue. A zero timeout still polls the future once.

use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{Mutex, mpsc};
use tokio::time::{Instant, sleep, timeout};

async fn slow(ms: u64) -> u32 {
    sleep(Duration::from_millis(ms)).await;
    println!("slow({ms}) finished");
    ms as u32
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    match timeout(Duration::from_millis(50), slow(100)).await {
        Ok(v) => println!("got {v}"),
        Err(e) => println!("timed out: {e} / {e:?} at {:?}", start.elapsed()),
    }
    let r = timeout(Duration::from_millis(200), slow(100)).await;
    println!("{:?} at {:?}", r, start.elapsed());
    // a dropped timer must not move the clock
    let (tx, mut rx) = mpsc::channel::<u32>(1);
    let t = tokio::spawn(async move {
        sleep(Duration::from_millis(10)).await;
        tx.send(7).await.unwrap();
    });
    let got = timeout(Duration::from_secs(10), rx.recv()).await;
    println!("{:?} at {:?}", got, start.elapsed());
    t.await.unwrap();
    println!("after join at {:?}", start.elapsed());
    // a timed-out lock leaves the queue
    let m = Arc::new(Mutex::new(0));
    let g = m.lock().await;
    let m2 = m.clone();
    let h = tokio::spawn(async move {
        let r = timeout(Duration::from_millis(5), m2.lock()).await;
        println!("lock attempt: {}", r.is_err());
        let mut g = m2.lock().await;
        *g += 1;
        println!("locked later at {:?}", Instant::now() - start);
    });
    sleep(Duration::from_millis(20)).await;
    drop(g);
    h.await.unwrap();
    let zero = timeout(Duration::from_millis(0), async { 5 }).await;
    println!("{zero:?}");
    let z2 = timeout(Duration::from_millis(0), sleep(Duration::from_millis(0))).await;
    println!("{z2:?}");
    let z3 = timeout(Duration::from_millis(0), slow(1)).await;
    println!("{z3:?} at {:?}", start.elapsed());
}

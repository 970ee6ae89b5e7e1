//! A pinned `timeout` that elapsed still holds its future until it is dropped
//!
//! `Timeout::poll` returns `Err(Elapsed)` without dropping the future inside: a
//! `timeout(..).await` by value drops it right away, but a pinned one (`tokio::pin!`,
//! awaited as `t.await` or `(&mut t).await`) keeps it, with its place in a lock's queue,
//! until the pinned timeout goes out of scope. Awaited again, it polls the future first,
//! so it can still complete with `Ok`.

use std::sync::Arc;
use tokio::sync::Mutex;
use tokio::time::{Duration, Instant, sleep, timeout};

async fn hold(m: Arc<Mutex<u32>>, ms: u64) {
    let _g = m.lock().await;
    sleep(Duration::from_millis(ms)).await;
}

async fn late_locker(m: Arc<Mutex<u32>>, start: Instant) {
    let g = m.lock().await;
    println!("late locker got the lock at {} ms ({})", start.elapsed().as_millis(), *g);
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let m = Arc::new(Mutex::new(7));
    let holder = tokio::spawn(hold(m.clone(), 20));
    tokio::task::yield_now().await;

    {
        let t = timeout(Duration::from_millis(5), m.lock());
        tokio::pin!(t);
        println!("first: {:?} at {} ms", (&mut t).await.is_err(), start.elapsed().as_millis());
        let late = tokio::spawn(late_locker(m.clone(), start));
        holder.await.unwrap();
        println!("holder done at {} ms; try_lock: {:?}", start.elapsed().as_millis(), m.try_lock().is_err());
        match (&mut t).await {
            Ok(g) => println!("again: Ok({}) at {} ms", *g, start.elapsed().as_millis()),
            Err(_) => println!("again: Err at {} ms", start.elapsed().as_millis()),
        }
        sleep(Duration::from_millis(3)).await;
        println!("dropping the pinned timeout at {} ms", start.elapsed().as_millis());
        drop(late);
    }
    sleep(Duration::from_millis(1)).await;

    // Awaited by value after pinning: still the pinned future's own place.
    let holder = tokio::spawn(hold(m.clone(), 10));
    tokio::task::yield_now().await;
    let t = timeout(Duration::from_millis(2), m.lock());
    tokio::pin!(t);
    println!("by value: {:?} at {} ms", t.await.is_err(), start.elapsed().as_millis());
    let late = tokio::spawn(late_locker(m.clone(), start));
    holder.await.unwrap();
    sleep(Duration::from_millis(5)).await;
    println!("still pinned at {} ms: late locker finished? {}", start.elapsed().as_millis(), late.is_finished());
}

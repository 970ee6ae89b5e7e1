//! `OnceCell::get_or_try_init`
//!
//! The first caller runs the fallible initializer while the others wait in line; an `Err` leaves the
//! cell empty and hands the permit to the next in line, which runs its own initializer; an `Ok`
//! fills the cell and wakes every waiter with that value. A set cell returns its value at once,
//! without running the closure.
use std::sync::Arc;
use tokio::sync::OnceCell;
use tokio::time::{Duration, Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let t0 = Instant::now();
    let cell: Arc<OnceCell<String>> = Arc::new(OnceCell::new());
    let mut hs = Vec::new();
    for i in 0..3u64 {
        let cell = cell.clone();
        hs.push(tokio::spawn(async move {
            let r = cell
                .get_or_try_init(|| async move {
                    println!("task {i} initializing at {:?}", t0.elapsed());
                    sleep(Duration::from_millis(10)).await;
                    if i == 0 { Err(format!("task {i} failed")) } else { Ok(format!("value from {i}")) }
                })
                .await;
            println!("task {i} got {:?} at {:?}", r, t0.elapsed());
        }));
    }
    for h in hs {
        h.await.unwrap();
    }
    let again: Result<&String, String> = cell.get_or_try_init(|| async { Err("never runs".to_string()) }).await;
    println!("{again:?} {:?}", cell.get());
    let empty: OnceCell<u8> = OnceCell::new();
    let e = empty.get_or_try_init(|| async { Err::<u8, &str>("nope") }).await;
    println!("{e:?} {}", empty.initialized());
}

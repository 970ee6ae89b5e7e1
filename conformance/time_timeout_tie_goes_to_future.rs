//! `timeout` whose future becomes ready at its deadline
//!
//! Both timers fire at the same instant; `Timeout::poll` polls the future before the deadline, so the future wins. `timeout_at` takes an `Instant`.

use tokio::time::{Duration, Instant, sleep, timeout, timeout_at};

async fn work(label: &str, ms: u64) -> String {
    sleep(Duration::from_millis(ms)).await;
    format!("{label} done")
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let a = timeout(Duration::from_millis(100), work("a", 100)).await;
    println!("{a:?} at {:?}", start.elapsed());
    let b = timeout_at(start + Duration::from_millis(150), work("b", 60)).await;
    println!("{b:?} at {:?}", start.elapsed());
    let c = timeout_at(start + Duration::from_millis(150), work("c", 60)).await;
    println!("{c:?} at {:?}", start.elapsed());
    match timeout(Duration::from_millis(30), work("d", 31)).await {
        Ok(s) => println!("ok {s}"),
        Err(_) => println!("d timed out at {:?}", start.elapsed()),
    }
    sleep(Duration::from_millis(5)).await;
    println!("end at {:?}", start.elapsed());
}

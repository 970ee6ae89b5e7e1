//! Timers: equal deadlines fire in the order the timers were first polled
//!
//! A, B and C all sleep 10 ms from time 0, but A yields twice and B once before sleeping, so their
//! timers are registered in the order C, B, A. At 10 ms they wake in that order, not in spawn order.

use tokio::task::yield_now;
use tokio::time::{Duration, Instant, sleep};

async fn sleeper(name: char, yields: u32, start: Instant) {
    for _ in 0..yields {
        yield_now().await;
    }
    sleep(Duration::from_millis(10)).await;
    println!("[{}ms] {} wakes", start.elapsed().as_millis(), name);
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let a = tokio::spawn(async move { sleeper('A', 2, start).await });
    let b = tokio::spawn(async move { sleeper('B', 1, start).await });
    let c = tokio::spawn(async move { sleeper('C', 0, start).await });
    a.await.unwrap();
    b.await.unwrap();
    c.await.unwrap();
}

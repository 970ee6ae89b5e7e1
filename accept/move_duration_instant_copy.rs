//! `Duration` and `Instant` are Copy
//!
//! The same `Duration` is given to two sleeps and an `Instant` is copied and still queried afterwards.

use tokio::time::{sleep, Duration, Instant};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let d = Duration::from_millis(5);
    let start = Instant::now();
    let begin = start;
    sleep(d).await;
    sleep(d).await;
    let twice = d * 2;
    println!("{:?} {:?} {:?}", d, twice, start.elapsed());
    println!("{:?}", begin.elapsed() + d);
    let h = tokio::spawn(async move {
        sleep(d).await;
        start.elapsed().as_millis()
    });
    println!("{} {:?}", h.await.unwrap(), d);
}

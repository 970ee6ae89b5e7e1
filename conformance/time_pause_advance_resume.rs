//! `time::advance`, `pause` and `resume` on a paused clock
//!
//! `advance(d)` moves the paused clock at once and yields; the sleeps now due wake before the caller goes on. `pause()` on a paused clock panics with Tokio's message, and so does `advance` after `resume()`.

use tokio::time::{self, Duration, Instant};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let sleeper = tokio::spawn(async move {
        time::sleep(Duration::from_millis(30)).await;
        println!("[{:?}] sleeper wakes", start.elapsed());
    });
    tokio::task::yield_now().await;
    time::advance(Duration::from_millis(10)).await;
    println!("[{:?}] after advancing 10 ms", start.elapsed());
    time::advance(Duration::from_millis(25)).await;
    println!("[{:?}] after advancing 25 ms more", start.elapsed());
    sleeper.await.unwrap();
    time::sleep(Duration::from_millis(5)).await;
    println!("[{:?}] a sleep still jumps the clock", start.elapsed());
    time::resume();
    println!("resumed");
    time::pause();
    println!("paused again");
    let r = tokio::spawn(async {
        time::pause();
    })
    .await;
    println!("pausing twice: panicked = {}", r.unwrap_err().is_panic());
    time::resume();
    time::advance(Duration::from_millis(1)).await;
    println!("not reached");
}

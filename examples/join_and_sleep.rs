//! tokio::join! and sleeps on virtual time
//!
//! Three fake downloads take 30, 10 and 20 ms. Awaited one after the other they take 60 ms; run with
//! `tokio::join!` they run concurrently inside one task and take 30 ms, the longest of the three.
//! `join!` returns the three results as a tuple, in the order the futures were written, whatever order
//! they finished in. No real time passes: the paused clock jumps straight to the next timer, so the
//! output shows virtual milliseconds.

use tokio::time::{Duration, Instant, sleep};

async fn download(name: String, ms: u64, start: Instant) -> usize {
    sleep(Duration::from_millis(ms)).await;
    println!("[{}ms] {} finished", start.elapsed().as_millis(), name);
    name.len() * 100
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    println!("one after the other:");
    let a = download(String::from("a.txt"), 30, start).await;
    let b = download(String::from("bb.txt"), 10, start).await;
    let c = download(String::from("ccc.txt"), 20, start).await;
    println!("[{}ms] sizes {} {} {}", start.elapsed().as_millis(), a, b, c);

    let start = Instant::now();
    println!("with join!:");
    let (a, b, c) =
        tokio::join!(download(String::from("a.txt"), 30, start), download(String::from("bb.txt"), 10, start), download(String::from("ccc.txt"), 20, start));
    println!("[{}ms] sizes {} {} {}", start.elapsed().as_millis(), a, b, c);
}

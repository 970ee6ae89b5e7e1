//! Stream timeouts: `timeout`, `timeout_repeating` and `try_next`
//!
//! A heartbeat monitor: `timeout(d)` yields `Err(Elapsed)` once when no item came
//! within `d` of the last one, then waits for the next item without a deadline;
//! `timeout_repeating(interval)` yields an error at every tick with no item, and an
//! item resets the interval. `try_next` turns `Err` items into an `Err` of the call.

use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{Instant, sleep};
use tokio_stream::StreamExt;
use tokio_stream::wrappers::ReceiverStream;

async fn producer(tx: mpsc::Sender<u32>, gaps: Vec<u64>) {
    for (i, gap) in gaps.into_iter().enumerate() {
        sleep(Duration::from_millis(gap)).await;
        if tx.send(i as u32).await.is_err() {
            return;
        }
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (tx, rx) = mpsc::channel(4);
    tokio::spawn(producer(tx, vec![10, 30, 120, 20, 300]));
    let beats = ReceiverStream::new(rx).timeout(Duration::from_millis(50));
    tokio::pin!(beats);
    while let Some(beat) = beats.next().await {
        match beat {
            Ok(n) => println!("{:>4?} beat {n}", start.elapsed()),
            Err(e) => println!("{:>4?} missed: {e}", start.elapsed()),
        }
    }
    println!("{:?} monitor done", start.elapsed());

    let start = Instant::now();
    let (tx, rx) = mpsc::channel(4);
    tokio::spawn(producer(tx, vec![25, 70, 10]));
    let ticks = ReceiverStream::new(rx).timeout_repeating(tokio::time::interval(Duration::from_millis(30)));
    tokio::pin!(ticks);
    let mut errors = 0;
    loop {
        match ticks.try_next().await {
            Ok(Some(n)) => println!("{:?} item {n}", start.elapsed()),
            Ok(None) => break,
            Err(e) => {
                errors += 1;
                println!("{:?} error {errors}: {e:?}", start.elapsed());
            }
        }
    }
    println!("{:?} done after {errors} errors", start.elapsed());

    let quick = tokio_stream::iter(vec![1, 2, 3]).timeout(Duration::from_secs(1));
    let all: Vec<_> = quick.collect().await;
    println!("{all:?}");
}

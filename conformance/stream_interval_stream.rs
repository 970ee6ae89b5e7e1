//! `IntervalStream`: an interval's ticks as a stream, with `take`, `map` and a `select!`
//!
//! A heartbeat written as a stream: `IntervalStream::new(interval(..))` yields each tick's
//! `Instant` (the first at once), here mapped to its offset from the start and cut to five
//! items; a second one races a deadline in a `select!` loop, and the ticks that fit before
//! it are counted. On the paused clock every offset is exact.

use tokio::time::{Duration, Instant, interval, sleep};
use tokio_stream::StreamExt;
use tokio_stream::wrappers::IntervalStream;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let mut beats = IntervalStream::new(interval(Duration::from_millis(250))).take(5).map(move |t| t.duration_since(start));
    while let Some(at) = beats.next().await {
        println!("beat at {at:?}");
    }
    let mut ticks = IntervalStream::new(interval(Duration::from_millis(40)));
    let deadline = sleep(Duration::from_millis(130));
    tokio::pin!(deadline);
    let mut n = 0;
    loop {
        tokio::select! {
            biased;
            _ = &mut deadline => break,
            Some(_) = ticks.next() => n += 1,
        }
    }
    println!("{n} ticks before the deadline, at {:?}", start.elapsed());
}

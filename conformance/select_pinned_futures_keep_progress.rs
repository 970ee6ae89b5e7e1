//! Pinned futures polled through `&mut` keep their progress across `select!`s
//!
//! A future pinned with `tokio::pin!` or `std::pin::pin!` and polled as `&mut fut` is not dropped when its branch loses: the next `select!` (or `.await`) continues it where it stopped. `Pin::set` replaces it (the old one is dropped, its timer with it), a precondition keeps a finished one from being polled again, and `Sleep::reset` moves a sleep's deadline, also after it fired.

use tokio::time::{self, Duration, Instant};

async fn step(name: &str, ms: u64, start: Instant) -> String {
    println!("[{:?}] {name}: first half", start.elapsed());
    time::sleep(Duration::from_millis(ms)).await;
    println!("[{:?}] {name}: second half", start.elapsed());
    time::sleep(Duration::from_millis(ms)).await;
    format!("{name} finished")
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let op = step("op", 20, start);
    tokio::pin!(op);
    let mut ticks = 0;
    let result = loop {
        tokio::select! {
            r = &mut op => break r,
            _ = time::sleep(Duration::from_millis(15)) => {
                ticks += 1;
                println!("[{:?}] tick {ticks}", start.elapsed());
            }
        }
    };
    println!("[{:?}] {result} after {ticks} ticks", start.elapsed());

    let deadline = time::sleep(Duration::from_millis(30));
    tokio::pin!(deadline);
    let other = step("replaced", 100, start);
    tokio::pin!(other);
    let mut fired = 0;
    let mut other_done = false;
    loop {
        tokio::select! {
            _ = &mut deadline => {
                fired += 1;
                println!("[{:?}] deadline {fired} (was {:?})", start.elapsed(), deadline.deadline() - start);
                if fired == 1 {
                    other.set(step("replacement", 5, start));
                    other_done = false;
                }
                if fired == 3 {
                    break;
                }
                deadline.as_mut().reset(Instant::now() + Duration::from_millis(30));
            }
            r = &mut other, if !other_done => {
                other_done = true;
                println!("[{:?}] {r}", start.elapsed());
            }
        }
    }
    let mut late = std::pin::pin!(step("late", 10, start));
    tokio::select! {
        r = &mut late => println!("{r} too early"),
        _ = time::sleep(Duration::from_millis(12)) => println!("[{:?}] late is halfway", start.elapsed()),
    }
    let r = late.await;
    println!("[{:?}] {r}", start.elapsed());
}

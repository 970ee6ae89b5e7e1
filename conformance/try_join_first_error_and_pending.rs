//! `try_join!` ends at the first `Err`; `pending()` never wins a `select!`
//!
//! `try_join!` runs its futures like `join!` and gives `Ok` of all their outputs, or the first `Err` as soon as one fails: the others are dropped unfinished. `std::future::ready(v)` is ready at once and `pending()` never is, and a spawned task's `JoinHandle` can be pinned and raced in `select!`.

use tokio::time::{Duration, Instant, sleep};

async fn fetch(name: &str, ms: u64, fail: bool, start: Instant) -> Result<String, String> {
    sleep(Duration::from_millis(ms)).await;
    println!("[{:?}] {name} answers", start.elapsed());
    if fail { Err(format!("{name} failed")) } else { Ok(format!("{name} ok")) }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let both = tokio::try_join!(fetch("a", 10, false, start), fetch("b", 5, false, start));
    println!("[{:?}] {both:?}", start.elapsed());
    let first_err = tokio::try_join!(fetch("slow", 30, false, start), fetch("broken", 5, true, start), fetch("late", 20, false, start));
    println!("[{:?}] {first_err:?}", start.elapsed());
    sleep(Duration::from_millis(40)).await;
    println!("[{:?}] nothing else answered", start.elapsed());

    let handle = tokio::spawn(async {
        sleep(Duration::from_millis(7)).await;
        42
    });
    tokio::pin!(handle);
    tokio::select! {
        r = &mut handle => println!("[{:?}] task gave {:?}", start.elapsed(), r),
        _ = std::future::pending::<()>() => println!("pending won?"),
    }
    let v = tokio::select! {
        biased;
        v = std::future::ready(5) => v,
        _ = sleep(Duration::from_millis(1)) => 0,
    };
    println!("[{:?}] ready gave {v}", start.elapsed());
}

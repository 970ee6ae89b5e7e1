//! `tokio::signal::ctrl_c()` in a `select!` with a deadline: no one presses Ctrl+C, so the deadline wins
//!
//! The graceful-shutdown pattern: workers tick until a broadcast tells them to stop, and main
//! waits for Ctrl+C or a deadline, whichever comes first. No one presses Ctrl+C while the
//! program runs here (nor in a simulated run), so the `ctrl_c()` branch stays pending and the
//! deadline's branch runs; the future `ctrl_c()` returned is dropped with the `select!`. A task
//! that waits only for Ctrl+C waits until it is aborted.

use std::time::Duration;
use tokio::sync::broadcast;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (stop, _) = broadcast::channel::<()>(1);
    let mut workers = Vec::new();
    for i in 0..3u64 {
        let mut stopped = stop.subscribe();
        workers.push(tokio::spawn(async move {
            let mut ticks = 0;
            loop {
                tokio::select! {
                    _ = stopped.recv() => break,
                    _ = tokio::time::sleep(Duration::from_millis(100 * (i + 1))) => ticks += 1,
                }
            }
            println!("worker {i} stops after {ticks} ticks");
            ticks
        }));
    }
    let listener = tokio::spawn(async {
        tokio::signal::ctrl_c().await.expect("listen for Ctrl+C");
        println!("Ctrl+C");
    });
    let started = tokio::time::Instant::now();
    tokio::select! {
        r = tokio::signal::ctrl_c() => println!("Ctrl+C: {r:?}"),
        _ = tokio::time::sleep(Duration::from_millis(1050)) => println!("deadline after {:?}", started.elapsed()),
    }
    stop.send(()).unwrap();
    let mut total = 0;
    for w in workers {
        total += w.await.unwrap();
    }
    println!("{total} ticks; listener finished: {}", listener.is_finished());
    listener.abort();
    println!("listener cancelled: {}", listener.await.unwrap_err().is_cancelled());
}

//! Cancelling through an `AbortHandle`, and taking a value out of a std `Mutex`
//!
//! `h.abort_handle()` gives a handle that can cancel the task without owning its result: a
//! supervisor aborts the slow worker through it while `main` still awaits the `JoinHandle`,
//! which reports the cancellation. Once every worker is done, `Arc::try_unwrap` and
//! `Mutex::into_inner` take the collected results out.

use std::sync::{Arc, Mutex};
use tokio::time::{Duration, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let results = Arc::new(Mutex::new(Vec::new()));
    let mut handles = Vec::new();
    for (i, ms) in [10u64, 500, 20].into_iter().enumerate() {
        let results = results.clone();
        handles.push(tokio::spawn(async move {
            sleep(Duration::from_millis(ms)).await;
            results.lock().unwrap().push(format!("worker{i} after {ms}ms"));
            i
        }));
    }
    let slow = handles[1].abort_handle();
    let supervisor = tokio::spawn(async move {
        sleep(Duration::from_millis(50)).await;
        println!("supervisor: finished already? {}", slow.is_finished());
        slow.abort();
    });
    for h in handles {
        match h.await {
            Ok(i) => println!("worker{i} done"),
            Err(e) => println!("a worker ended: cancelled={}", e.is_cancelled()),
        }
    }
    supervisor.await.unwrap();
    let results = Arc::try_unwrap(results).expect("no other owner").into_inner().unwrap();
    println!("{results:?}");
}

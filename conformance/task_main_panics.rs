//! Tasks: when main panics the process exits with 101 and nothing else is printed
//!
//! A ticker task prints at 10 and 20 ms; main panics at 25 ms. The panic ends the program at once: the
//! ticker's 30 ms line and the queued task's line never appear.

use tokio::time::{Duration, Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    tokio::spawn(async move {
        for _ in 0..5 {
            sleep(Duration::from_millis(10)).await;
            println!("[{}ms] tick", start.elapsed().as_millis());
        }
    });
    sleep(Duration::from_millis(25)).await;
    tokio::spawn(async move {
        println!("queued task: never printed");
    });
    println!("[{}ms] main panics", start.elapsed().as_millis());
    panic!("main gives up at {}ms", start.elapsed().as_millis());
}

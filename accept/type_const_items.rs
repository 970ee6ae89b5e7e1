//! `const` items of several types used in main and a task
//!
//! Constants are usable everywhere, including inside `tokio::spawn`, without capture.

use tokio::time::{sleep, Duration};

const WORKERS: usize = 3;
const NAME: &str = "pool";
const DELAY: Duration = Duration::from_millis(2);
const LIMITS: [u32; 3] = [1, 2, 3];

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let h = tokio::spawn(async {
        sleep(DELAY).await;
        format!("{NAME} of {WORKERS}")
    });
    let mut total = 0;
    for l in LIMITS {
        total += l;
    }
    println!("{} {total} {}", h.await.unwrap(), LIMITS.len() == WORKERS);
}

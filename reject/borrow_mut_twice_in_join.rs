//! Two concurrent futures that both want `&mut log`
//!
//! `join!` polls both futures together, so both hold their `&mut log` at the same time. rustc
//! reports E0499, "cannot borrow `log` as mutable more than once at a time". A `Mutex` (or
//! channels) is how two concurrent branches share mutable state.

use tokio::time::{sleep, Duration};

async fn record(log: &mut Vec<String>, name: &str, ms: u64) {
    sleep(Duration::from_millis(ms)).await;
    log.push(format!("{name} after {ms}ms"));
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut log = Vec::new();
    tokio::join!(record(&mut log, "a", 20), record(&mut log, "b", 10));
    println!("{:?}", log);
}

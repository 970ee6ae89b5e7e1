//! Pushing through a `&` reference
//!
//! `record` receives the log as `&Vec<String>`, a shared reference, and tries to `push` to it.
//! rustc reports E0596, "cannot borrow `*log` as mutable, as it is behind a `&` reference". The
//! parameter must be `&mut Vec<String>`.

use tokio::time::{sleep, Duration};

async fn record(log: &Vec<String>, event: &str) {
    sleep(Duration::from_millis(1)).await;
    log.push(event.to_string());
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut log = Vec::new();
    record(&log, "started").await;
    log.push(String::from("done"));
    println!("{:?}", log);
}

//! Setting a field of a struct that is not `mut`
//!
//! `job` was bound with plain `let`, so none of its fields can change. rustc reports E0594,
//! "cannot assign to `job.done`, as `job` is not declared as mutable".

use tokio::time::{sleep, Duration};

#[derive(Debug)]
struct Job {
    id: u32,
    done: bool,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let job = Job { id: 1, done: false };
    sleep(Duration::from_millis(10)).await;
    job.done = true;
    println!("{:?}", job);
}

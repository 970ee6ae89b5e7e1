//! Assigning to a parameter that is not `mut`
//!
//! `retry` counts down its `attempts` parameter, but parameters are immutable unless written
//! `mut attempts`. rustc reports E0384, "cannot assign twice to immutable variable `attempts`".

use tokio::time::{sleep, Duration};

async fn retry(attempts: u32) {
    while attempts > 0 {
        sleep(Duration::from_millis(100)).await;
        println!("attempt, {attempts} left");
        attempts -= 1;
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    retry(3).await;
}

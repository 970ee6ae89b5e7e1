//! `Arc::clone` per task and the original still used in main
//!
//! Each task moves its own clone; `main` keeps the original `Arc` and reads the data when the tasks are done.

use std::sync::Arc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let data = Arc::new(vec![1, 2, 3]);
    let mut handles = Vec::new();
    for i in 0..3 {
        let data = Arc::clone(&data);
        handles.push(tokio::spawn(async move { data[i] * 10 }));
    }
    let mut sum = 0;
    for h in handles {
        sum += h.await.unwrap();
    }
    println!("{sum} {:?} {}", data, Arc::strong_count(&data));
}

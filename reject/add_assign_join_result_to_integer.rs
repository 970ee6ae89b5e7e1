//! Adding a `JoinHandle`'s result to a number without unwrapping it
//!
//! Awaiting a `JoinHandle<i32>` gives a `Result<i32, JoinError>` (the task
//! may have panicked or been aborted), and no integer implements
//! `AddAssign` of a `Result`: `total += h.await` is rustc's E0277. Add
//! `h.await.unwrap()` or handle the error.

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut handles = Vec::new();
    for i in 0..3 {
        handles.push(tokio::spawn(async move { i * 2 }));
    }
    let mut total = 0;
    for h in handles {
        total += h.await;
    }
    println!("{total}");
}

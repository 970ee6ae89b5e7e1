//! A spawn_blocking closure that borrows a local variable
//!
//! The closure runs on a blocking-pool thread and may outlive the function that spawned it, so it
//! must own what it uses (`F: 'static`). Borrowing `rows` is rejected: E0373, "closure may
//! outlive the current function, but it borrows `rows`". Write `move ||` to move `rows` in (and
//! clone it first if the function still needs it).

use tokio::task::spawn_blocking;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let rows = vec![3, 1, 2];
    let total = spawn_blocking(|| rows.iter().sum::<i32>()).await.unwrap();
    println!("{total}");
}

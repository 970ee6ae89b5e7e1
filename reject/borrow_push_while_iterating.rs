//! Pushing to a Vec while iterating over it
//!
//! The `for` loop borrows `queue` for as long as it runs, so `queue.push` inside the loop is a
//! mutable borrow during a shared one. rustc reports E0502, "cannot borrow `queue` as mutable
//! because it is also borrowed as immutable".

use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut queue = vec![1, 2, 3];
    for job in &queue {
        sleep(Duration::from_millis(*job)).await;
        if *job == 2 {
            queue.push(4);
        }
    }
    println!("{:?}", queue);
}

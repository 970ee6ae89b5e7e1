//! Aborting a task whose JoinHandle was already awaited
//!
//! `handle.await` consumes the handle; calling `handle.abort()` on the next line uses a moved
//! value. rustc reports E0382, "borrow of moved value: `handle`".

use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let handle = tokio::spawn(async {
        sleep(Duration::from_millis(50)).await;
    });
    let result = handle.await;
    handle.abort();
    println!("{:?}", result.is_ok());
}

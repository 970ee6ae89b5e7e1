//! Awaiting the same JoinHandle twice
//!
//! `.await` takes a `JoinHandle` by value: the first `handle.await` consumes it. Awaiting it again
//! to read the result a second time is rustc's E0382, "use of moved value: `handle`". Keep the
//! result in a variable instead.

use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let handle = tokio::spawn(async {
        sleep(Duration::from_millis(10)).await;
        42
    });
    let first = handle.await.unwrap();
    let again = handle.await.unwrap();
    println!("{first} {again}");
}

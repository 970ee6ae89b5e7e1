//! Passing a number of milliseconds to `sleep`
//!
//! `sleep` takes a `Duration`, not a count of milliseconds. rustc reports E0308, "mismatched
//! types": expected `Duration`, found integer. Write `Duration::from_millis(100)`.

use tokio::time::sleep;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let ticker = tokio::spawn(async {
        for i in 0..3 {
            sleep(100).await;
            println!("tick {i}");
        }
    });
    ticker.await.unwrap();
}

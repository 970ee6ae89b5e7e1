//! A String moved into a task inside a loop
//!
//! The job name is a `String`, so `async move` moves it into the first spawned task and the next
//! iteration cannot use it again. rustc reports E0382, "use of moved value: `name`", at the
//! `async move` block of the second iteration ("value moved here, in previous iteration of loop").

use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let name = String::from("resize");
    let mut handles = Vec::new();
    for i in 0..3 {
        handles.push(tokio::spawn(async move {
            sleep(Duration::from_millis(10)).await;
            println!("{name} #{i} done");
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
}

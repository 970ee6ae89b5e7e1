//! A &str slice of a local String sent to a task
//!
//! `host` borrows from the local `url`; moving it into a spawned task needs `url` to live for
//! `'static`. rustc reports E0597, "`url` does not live long enough". Move an owned `String` into
//! the task instead.

use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let url = String::from("example.com/index.html");
    let host = &url[..11];
    let task = tokio::spawn(async move {
        sleep(Duration::from_millis(3)).await;
        println!("connecting to {host}");
    });
    task.await.unwrap();
}

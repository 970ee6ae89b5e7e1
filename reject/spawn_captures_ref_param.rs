//! A spawned task that captures a `&str` parameter
//!
//! `name` is a reference only valid while `start` runs, but `tokio::spawn` needs a task that may
//! outlive it (`'static`). rustc reports E0521, "borrowed data escapes outside of function", at the
//! spawn. Move an owned `String` into the task (`let name = name.to_string();`).

use tokio::task::JoinHandle;

fn start(name: &str) -> JoinHandle<()> {
    tokio::spawn(async move {
        println!("{name}");
    })
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    start("a").await.unwrap();
}

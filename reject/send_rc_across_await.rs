//! An Rc kept alive across `.await` in a spawned task
//!
//! `tokio::spawn` may move a task to another thread at any `.await`, so everything the task holds
//! across an `.await` must be `Send`. `Rc` is not. rustc reports "future cannot be sent between
//! threads safely" (no error code), pointing at the `tokio::spawn` call. Use `Arc`.

use std::rc::Rc;
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let handle = tokio::spawn(async {
        let name = Rc::new(String::from("cache"));
        sleep(Duration::from_millis(10)).await;
        println!("{name} warmed up");
    });
    handle.await.unwrap();
}

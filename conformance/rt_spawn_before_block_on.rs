//! `Runtime::spawn` outside `block_on` queues the task; it runs once the runtime is driven
//!
//! The task is spawned from the plain `fn main`, before any `block_on`. It does nothing until `block_on` gives the runtime the thread.

use tokio::runtime::Builder;

fn main() {
    let rt = Builder::new_current_thread().build().unwrap();
    let handle = rt.spawn(async {
        println!("the task runs");
        "its value"
    });
    println!("spawned, not run yet");
    let v = rt.block_on(async move {
        println!("block_on starts");
        handle.await.unwrap()
    });
    println!("got {v}");
}

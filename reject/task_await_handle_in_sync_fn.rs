//! `.await` inside a function that is not `async`
//!
//! `wait_for` awaits the `JoinHandle`, but it is a plain `fn`, and `.await` is only allowed inside
//! `async` functions and blocks. rustc reports E0728, "`await` is only allowed inside `async`
//! functions and blocks".

use tokio::task::JoinHandle;

fn wait_for(handle: JoinHandle<u32>) -> u32 {
    handle.await.unwrap()
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let handle = tokio::spawn(async { 3 });
    println!("{}", wait_for(handle));
}

//! Using `Duration` without importing it
//!
//! Only `sleep` was imported; `Duration::from_millis` names a type that is not in scope. rustc
//! reports E0433, "cannot find type `Duration` in this scope".

use tokio::time::sleep;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    sleep(Duration::from_millis(5)).await;
    println!("done");
}

//! Calling an FnOnce closure twice
//!
//! `finish` drops the `Sender` it captured, so it can run only once: its first call consumes it.
//! rustc reports E0382, "use of moved value: `finish`".

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(4);
    let finish = move || drop(tx);
    finish();
    finish();
    println!("{:?}", rx.recv().await);
}

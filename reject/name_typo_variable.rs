//! A typo in a variable name
//!
//! The channel's receiver is called `rx`, but the loop says `rc`. rustc reports E0425, "cannot find
//! value `rc` in this scope" (and suggests `rx`).

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(4);
    tokio::spawn(async move {
        tx.send(1).await.unwrap();
    });
    while let Some(n) = rc.recv().await {
        println!("{n}");
    }
}

//! Awaiting a oneshot send
//!
//! `oneshot::Sender::send` never waits (the value is stored at once), so it returns a `Result`,
//! not a future. rustc reports E0277, "`Result<(), u32>` is not a future".

use tokio::sync::oneshot;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, rx) = oneshot::channel::<u32>();
    tokio::spawn(async move {
        tx.send(3).await.unwrap();
    });
    println!("{:?}", rx.await);
}

//! Forgetting `.await` on a bounded send
//!
//! `Sender::send` on a bounded channel is async (it waits for space), so `tx.send(5)` is a future;
//! calling `.unwrap()` on it does not work. rustc reports E0599, "no method named `unwrap` found
//! for opaque type `impl Future<Output = Result<(), tokio::sync::mpsc::error::SendError<u32>>>`".

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(1);
    tokio::spawn(async move {
        tx.send(5).unwrap();
    });
    println!("{:?}", rx.recv().await);
}

//! Calling `recv()` on a oneshot receiver
//!
//! A `oneshot::Receiver` is itself the future: you `.await` it directly. It has no `recv` method.
//! rustc reports E0599, "no method named `recv` found for struct
//! `tokio::sync::oneshot::Receiver<T>` in the current scope".

use tokio::sync::oneshot;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = oneshot::channel::<u32>();
    tokio::spawn(async move {
        tx.send(8).unwrap();
    });
    println!("{:?}", rx.recv().await);
}

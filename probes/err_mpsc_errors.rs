//! Errors: mpsc's `SendError`, `TrySendError` and `TryRecvError`
//!
//! A full bounded channel makes `try_send` fail with `Full`, an empty one makes
//! `try_recv` fail with `Empty`; once the other side is gone they fail with `Closed` and
//! `Disconnected`, and `send` with `SendError`. Each error in `{}` and `{:?}`.

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<i32>(1);
    match rx.try_recv() {
        Ok(v) => println!("got {}", v),
        Err(e) => println!("{} / {:?}", e, e),
    }
    tx.send(1).await.unwrap();
    match tx.try_send(2) {
        Ok(()) => println!("sent"),
        Err(e) => println!("{} / {:?}", e, e),
    }
    drop(tx);
    println!("{:?}", rx.try_recv());
    match rx.try_recv() {
        Ok(v) => println!("got {}", v),
        Err(e) => println!("{} / {:?}", e, e),
    }
    let (tx2, rx2) = mpsc::channel::<i32>(1);
    drop(rx2);
    match tx2.send(3).await {
        Ok(()) => println!("sent"),
        Err(e) => println!("{} / {:?}", e, e),
    }
    match tx2.try_send(4) {
        Ok(()) => println!("sent"),
        Err(e) => println!("{} / {:?}", e, e),
    }
}

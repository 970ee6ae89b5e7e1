//! A `PermitIterator` borrows its sender, so it cannot go into a task
//!
//! `reserve_many` returns permits that borrow `tx`; moving them into `tokio::spawn`, which
//! needs `'static`, is rustc's E0597 (`tx` does not live long enough). Clone the sender into
//! the task and reserve there, or send through `reserve_owned`'s `OwnedPermit`.

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<i32>(2);
    let permits = tx.reserve_many(2).await.unwrap();
    let task = tokio::spawn(async move {
        for p in permits {
            p.send(1);
        }
    });
    task.await.unwrap();
    println!("{:?}", rx.recv().await);
}

//! A `Permit` borrows its sender
//!
//! `reserve` returns a permit that borrows `tx`: dropping `tx` while the permit is still going to
//! send is rustc's E0505. `reserve_owned` gives an `OwnedPermit` that owns the sender instead.

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<i32>(1);
    let permit = tx.reserve().await.unwrap();
    drop(tx);
    permit.send(1);
    println!("{:?}", rx.recv().await);
}

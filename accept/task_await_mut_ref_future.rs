//! Awaiting `&mut` of a future: `(&mut rx).await` and `(&mut handle).await`
//!
//! `&mut F` is a future when `F` is an `Unpin` future, so a oneshot receiver or a join handle can be awaited by reference.

use tokio::sync::oneshot;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = oneshot::channel::<u32>();
    tx.send(4).unwrap();
    let got = (&mut rx).await;
    let mut handle = tokio::spawn(async { 9 });
    let joined = (&mut handle).await.unwrap();
    println!("{got:?} {joined} {}", rx.is_terminated());
}

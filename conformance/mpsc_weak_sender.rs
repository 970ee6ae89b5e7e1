//! mpsc `WeakSender`: it does not keep the channel open, and upgrades only while a sender lives
//!
//! `downgrade` gives a `WeakSender` (`weak_count` counts them, `strong_count` the senders).
//! `upgrade` is `Some(sender)` while another sender is alive. When the last real sender is
//! dropped the receiver gets `None` although weak senders remain, and `upgrade` is `None`.

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<i32>(4);
    let weak = tx.downgrade();
    let weak2 = weak.clone();
    println!("strong {} weak {}", tx.strong_count(), tx.weak_count());
    println!("weak sees strong {} weak {}", weak.strong_count(), weak.weak_count());
    println!("receiver sees {} {}", rx.sender_strong_count(), rx.sender_weak_count());
    match weak.upgrade() {
        Some(up) => {
            println!("upgraded: strong {}", up.strong_count());
            up.send(1).await.unwrap();
        }
        None => println!("gone?"),
    }
    drop(weak2);
    println!("strong {} weak {}", tx.strong_count(), tx.weak_count());
    drop(tx);
    println!("recv {:?}", rx.recv().await);
    println!("recv {:?} (the weak sender does not keep it open)", rx.recv().await);
    println!("upgrade after: {}", weak.upgrade().is_none());
    println!("receiver sees {} {}", rx.sender_strong_count(), rx.sender_weak_count());

    let (utx, mut urx) = mpsc::unbounded_channel::<i32>();
    let uweak = utx.downgrade();
    uweak.upgrade().unwrap().send(7).unwrap();
    drop(utx);
    println!("unbounded recv {:?} {:?}", urx.recv().await, urx.recv().await);
    println!("unbounded upgrade after: {}", uweak.upgrade().is_none());
}

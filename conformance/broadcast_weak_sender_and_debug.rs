//! broadcast WeakSender: downgrade, upgrade, counts; and how broadcast handles print with {:?}
//!
//! `tx.downgrade()` gives a `WeakSender` that does not keep the channel open: `upgrade()` gives a
//! new `Sender` while some sender lives, and `None` once the last one is dropped (after which
//! receivers see `Closed`). `strong_count` counts senders and `weak_count` weak senders, from
//! either side. Tokio writes a broadcast `Sender`, `WeakSender` or `Receiver` as its bare type
//! name in `Debug`, ignoring width and fill.

use tokio::sync::broadcast;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = broadcast::channel::<i32>(4);
    let weak = tx.downgrade();
    let weak2 = weak.clone();
    println!("strong {} weak {}", tx.strong_count(), tx.weak_count());
    println!("receiver sees strong {} weak {}", rx.sender_strong_count(), rx.sender_weak_count());
    let up = weak.upgrade().unwrap();
    up.send(1).unwrap();
    println!("upgraded: strong {} weak {}", weak.strong_count(), weak.weak_count());
    println!("{:?}", rx.recv().await);
    drop(up);
    drop(tx);
    println!("no senders: upgrade is none {}", weak2.upgrade().is_none());
    println!("{:?}", rx.recv().await);
    drop(weak2);
    println!("weak count {}", weak.weak_count());
    println!("[{:?}] [{:>30?}] [{:?}]", weak, rx, rx.resubscribe());
    let (tx, _rx) = broadcast::channel::<u8>(1);
    println!("{tx:?}");
}
